import { Component, type ReactNode } from "react";

interface Props {
  /** Rendered instead of the children after they threw. */
  fallback: (error: unknown, reset: () => void) => ReactNode;
  /** Changing this clears the error (e.g. the location, so navigating away recovers). */
  resetKey?: unknown;
  children: ReactNode;
}

interface State {
  error: unknown;
  failed: boolean;
  resetKey: unknown;
}

export class ErrorBoundary extends Component<Props, State> {
  state: State = { error: null, failed: false, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error, failed: true };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    if (props.resetKey !== state.resetKey)
      return { error: null, failed: false, resetKey: props.resetKey };
    return null;
  }

  reset = () => this.setState({ error: null, failed: false });

  render() {
    return this.state.failed
      ? this.props.fallback(this.state.error, this.reset)
      : this.props.children;
  }
}
