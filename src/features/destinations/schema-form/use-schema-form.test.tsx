import { cleanup, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { DestinationField } from "@/api/types";
import { SchemaFormHarness } from "./schema-form-harness.test-util";

afterEach(cleanup);

const URL_FIELD: DestinationField = {
  key: "url",
  type: "text",
  label: "Webhook URL",
  required: true,
  pattern: "^https?:\\/\\/[^\\s]+$",
};
const NAME_FIELD: DestinationField = {
  key: "name",
  type: "text",
  label: "Name",
  required: false,
  minlength: 3,
  maxlength: 5,
};
const PORT_FIELD: DestinationField = {
  key: "port",
  type: "text",
  label: "Port",
  required: false,
  min: 1,
  max: 10,
};
const HEADERS_FIELD: DestinationField = {
  key: "custom_headers",
  type: "key_value_map",
  label: "Custom Headers",
  required: false,
};
const PASSWORD_FIELD: DestinationField = {
  key: "password",
  type: "text",
  label: "Password",
  required: true,
  sensitive: true,
};
const SESSION_FIELD: DestinationField = {
  key: "session",
  type: "text",
  label: "Session Token",
  required: false,
  sensitive: true,
};

const save = () => screen.getByRole("button", { name: "Save" });

function expectError(input: HTMLElement, message: string) {
  expect(input).toHaveAttribute("aria-invalid", "true");
  expect(input).toHaveAccessibleDescription(expect.stringContaining(message));
  const errorId = input
    .getAttribute("aria-describedby")
    ?.split(" ")
    .find((id) => id.endsWith("-error"));
  expect(document.getElementById(errorId ?? "")).toHaveTextContent(message);
}

function expectNoError(input: HTMLElement) {
  expect(input).not.toHaveAttribute("aria-invalid");
  expect(input.getAttribute("aria-describedby") ?? "").not.toMatch(/-error/);
}

describe("validation timing", () => {
  it("doesn't validate while typing before the first blur, then shows the error on blur", async () => {
    const user = userEvent.setup();
    render(<SchemaFormHarness fields={[URL_FIELD, NAME_FIELD]} />);
    const url = screen.getByRole("textbox", { name: "Webhook URL" });
    await user.type(url, "ftp://x");
    expectNoError(url);
    await user.tab();
    expectError(url, "Webhook URL doesn't have the expected format");
  });

  it("re-checks on each change once shown, and clears the error when fixed", async () => {
    const user = userEvent.setup();
    render(<SchemaFormHarness fields={[URL_FIELD]} />);
    const url = screen.getByRole("textbox", { name: "Webhook URL" });
    await user.click(url);
    await user.tab();
    expectError(url, "Webhook URL is required");
    await user.type(url, "https://a.test");
    expectNoError(url);
    expect(screen.queryByText("Webhook URL is required")).not.toBeInTheDocument();
  });

  it("shows length and range errors on blur", async () => {
    const user = userEvent.setup();
    render(<SchemaFormHarness fields={[NAME_FIELD, PORT_FIELD]} />);
    const name = screen.getByRole("textbox", { name: "Name" });
    await user.type(name, "ab");
    await user.tab();
    expectError(name, "Name must be at least 3 characters");
    await user.type(name, "c");
    expectNoError(name);
    // The native maxlength stops typing past the limit.
    await user.type(name, "def");
    expect(name).toHaveValue("abcde");

    const port = screen.getByRole("textbox", { name: "Port" });
    await user.type(port, "11");
    await user.tab();
    expectError(port, "Port must be at most 10");
  });
});

describe("validateAll on submit", () => {
  it("shows every error, focuses the first invalid field and doesn't submit", async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn();
    render(<SchemaFormHarness fields={[NAME_FIELD, URL_FIELD, PORT_FIELD]} onSubmit={onSubmit} />);
    await user.type(screen.getByRole("textbox", { name: "Port" }), "0");
    await user.click(save());

    expect(onSubmit).not.toHaveBeenCalled();
    const url = screen.getByRole("textbox", { name: "Webhook URL" });
    expectError(url, "Webhook URL is required");
    expectError(screen.getByRole("textbox", { name: "Port" }), "Port must be at least 1");
    expectNoError(screen.getByRole("textbox", { name: "Name" }));
    expect(url).toHaveFocus();
  });

  it("focuses the offending header row", async () => {
    const user = userEvent.setup();
    render(<SchemaFormHarness fields={[HEADERS_FIELD]} />);
    await user.click(screen.getByRole("button", { name: "Add header" }));
    await user.keyboard("X-Env");
    await user.click(screen.getByRole("button", { name: "Add header" }));
    await user.keyboard("x-env");
    await user.click(screen.getByRole("button", { name: "Add header" }));
    await user.click(save());

    const message = 'Custom Headers lists "X-Env" more than once';
    const group = screen.getByRole("group", { name: "Custom Headers" });
    expect(group).toHaveAccessibleDescription(message);
    const second = screen.getByRole("textbox", { name: "Header name 2" });
    expect(second).toHaveAttribute("aria-invalid", "true");
    expect(screen.getByRole("textbox", { name: "Header name 1" })).not.toHaveAttribute(
      "aria-invalid",
    );
    expect(second).toHaveFocus();

    await user.clear(second);
    await user.keyboard("X-Team");
    expect(screen.queryByText(message)).not.toBeInTheDocument();
    expect(second).not.toHaveAttribute("aria-invalid");
  });

  it("submits the values once valid", async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn();
    render(<SchemaFormHarness fields={[URL_FIELD, NAME_FIELD]} onSubmit={onSubmit} />);
    await user.type(screen.getByRole("textbox", { name: "Webhook URL" }), "https://a.test");
    await user.click(save());
    expect(onSubmit).toHaveBeenCalledWith({ url: "https://a.test" });
  });
});

describe("key/value field", () => {
  it("serialises added, edited and removed headers to Outpost's JSON string", async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn();
    render(<SchemaFormHarness fields={[HEADERS_FIELD]} onSubmit={onSubmit} />);
    await user.click(screen.getByRole("button", { name: "Add header" }));
    expect(screen.getByRole("textbox", { name: "Header name 1" })).toHaveFocus();
    await user.keyboard("X-Env");
    await user.type(screen.getByRole("textbox", { name: "Header value 1" }), "prod");
    await user.click(screen.getByRole("button", { name: "Add header" }));
    await user.keyboard("Authorization");
    await user.type(screen.getByRole("textbox", { name: "Header value 2" }), "Bearer abc");
    await user.click(save());
    expect(onSubmit).toHaveBeenLastCalledWith({
      custom_headers: '{"X-Env":"prod","Authorization":"Bearer abc"}',
    });

    await user.click(screen.getByRole("button", { name: "Remove header X-Env" }));
    await user.click(save());
    expect(onSubmit).toHaveBeenLastCalledWith({ custom_headers: '{"Authorization":"Bearer abc"}' });

    await user.click(screen.getByRole("button", { name: "Remove header Authorization" }));
    await user.click(save());
    expect(onSubmit).toHaveBeenLastCalledWith({});
  });

  it("parses the existing JSON into rows, and edits it as a patch", async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn();
    render(
      <SchemaFormHarness
        fields={[HEADERS_FIELD]}
        mode="edit"
        existing={{ custom_headers: '{"X-Env":"prod","X-Team":"core"}' }}
        onSubmit={onSubmit}
      />,
    );
    expect(screen.getByRole("textbox", { name: "Header name 2" })).toHaveValue("X-Team");
    expect(screen.getByRole("textbox", { name: "Header value 1" })).toHaveValue("prod");
    await user.click(save());
    expect(onSubmit).toHaveBeenLastCalledWith({});

    const value = screen.getByRole("textbox", { name: "Header value 2" });
    await user.clear(value);
    await user.type(value, "edge");
    await user.click(save());
    expect(onSubmit).toHaveBeenLastCalledWith({
      custom_headers: '{"X-Env":"prod","X-Team":"edge"}',
    });
  });

  it("starts empty on bad existing JSON instead of failing", () => {
    render(
      <SchemaFormHarness
        fields={[HEADERS_FIELD]}
        mode="edit"
        existing={{ custom_headers: "{nope" }}
      />,
    );
    expect(screen.getByText("No custom headers.")).toBeInTheDocument();
  });

  it("shows an error for a value without a name on blur", async () => {
    const user = userEvent.setup();
    render(<SchemaFormHarness fields={[HEADERS_FIELD, NAME_FIELD]} />);
    await user.click(screen.getByRole("button", { name: "Add header" }));
    await user.type(screen.getByRole("textbox", { name: "Header value 1" }), "orphan");
    await user.click(screen.getByRole("textbox", { name: "Name" }));
    expectError(
      screen.getByRole("textbox", { name: "Header name 1" }),
      "Custom Headers: header 1 has a value but no name",
    );
  });
});

describe("server errors", () => {
  it("land on their field, keep the typed input and clear once edited", async () => {
    const user = userEvent.setup();
    render(
      <SchemaFormHarness
        fields={[NAME_FIELD, URL_FIELD]}
        serverErrors={{ url: "url is not reachable", other_form_key: "ignored" }}
      />,
    );
    const url = screen.getByRole("textbox", { name: "Webhook URL" });
    await user.type(url, "https://typed.test");
    await user.click(screen.getByRole("button", { name: "Simulate 422" }));

    expectError(url, "url is not reachable");
    expect(url).toHaveValue("https://typed.test");
    expect(url).toHaveFocus();
    expect(screen.queryByText("ignored")).not.toBeInTheDocument();

    await user.type(url, "/x");
    expectNoError(url);
    expect(url).toHaveValue("https://typed.test/x");
  });
});

describe("sensitive fields", () => {
  it("in create mode is a password input with a Show toggle", async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn();
    render(<SchemaFormHarness fields={[PASSWORD_FIELD]} onSubmit={onSubmit} />);
    const input = screen.getByLabelText(/^Password/);
    expect(input).toHaveAttribute("type", "password");
    expect(input).toHaveAttribute("autocomplete", "off");
    const toggle = screen.getByRole("button", { name: "Show Password" });
    await user.click(toggle);
    expect(input).toHaveAttribute("type", "text");
    expect(toggle).toHaveAttribute("aria-pressed", "true");
    await user.type(input, "s3cret");
    await user.click(save());
    expect(onSubmit).toHaveBeenCalledWith({ password: "s3cret" });
  });

  describe("in edit mode with a stored value", () => {
    const existing = { password: "hunt*******", session: "****" };

    it("shows the masked value, no input, and sends nothing", async () => {
      const user = userEvent.setup();
      const onSubmit = vi.fn();
      render(
        <SchemaFormHarness
          fields={[PASSWORD_FIELD, SESSION_FIELD]}
          mode="edit"
          existing={existing}
          onSubmit={onSubmit}
        />,
      );
      const group = screen.getByRole("group", { name: "Password (required)" });
      expect(within(group).getByText(/Stored securely/)).toHaveTextContent("hunt*******");
      // Said to screen readers in place of the asterisks; the prefix is data, never translated.
      const spoken = within(group).getByText("hunt", { selector: '[translate="no"]' });
      expect(spoken.parentElement).toHaveTextContent(/^starts with hunt$/);
      expect(spoken.parentElement).toHaveClass("sr-only");
      expect(within(group).queryByRole("textbox")).not.toBeInTheDocument();
      expect(document.querySelector('input[type="password"]')).toBeNull();
      expect(screen.getByRole("button", { name: "Replace Password" })).toHaveAccessibleDescription(
        /Stored securely/,
      );

      await user.click(save());
      expect(onSubmit).toHaveBeenCalledWith({});
    });

    it("replaces: empty input gets focus, is validated and sent", async () => {
      const user = userEvent.setup();
      const onSubmit = vi.fn();
      render(
        <SchemaFormHarness
          fields={[PASSWORD_FIELD, SESSION_FIELD]}
          mode="edit"
          existing={existing}
          onSubmit={onSubmit}
        />,
      );
      await user.click(screen.getByRole("button", { name: "Replace Password" }));
      const input = screen.getByLabelText(/^Password/);
      expect(input).toHaveFocus();
      expect(input).toHaveValue("");
      expect(input).toHaveAttribute("type", "password");

      await user.click(save());
      expect(onSubmit).not.toHaveBeenCalled();
      expectError(input, "Password is required");
      expect(input).toHaveFocus();

      await user.type(input, "new-password");
      await user.click(save());
      expect(onSubmit).toHaveBeenCalledWith({ password: "new-password" });
    });

    it("keeps the current value: focus returns to Replace and nothing is sent", async () => {
      const user = userEvent.setup();
      const onSubmit = vi.fn();
      render(
        <SchemaFormHarness
          fields={[PASSWORD_FIELD]}
          mode="edit"
          existing={existing}
          onSubmit={onSubmit}
        />,
      );
      await user.click(screen.getByRole("button", { name: "Replace Password" }));
      await user.type(screen.getByLabelText(/^Password/), "half-typed");
      await user.click(screen.getByRole("button", { name: "Keep current Password" }));

      const replace = screen.getByRole("button", { name: "Replace Password" });
      expect(replace).toHaveFocus();
      expect(screen.getByText(/Stored securely/)).toHaveTextContent("hunt*******");
      await user.click(save());
      expect(onSubmit).toHaveBeenCalledWith({});
    });

    it("removes an optional stored secret replaced with nothing", async () => {
      const user = userEvent.setup();
      const onSubmit = vi.fn();
      render(
        <SchemaFormHarness
          fields={[SESSION_FIELD]}
          mode="edit"
          existing={existing}
          onSubmit={onSubmit}
        />,
      );
      expect(screen.getByText("value hidden")).toBeInTheDocument();
      await user.click(screen.getByRole("button", { name: "Replace Session Token" }));
      expect(screen.getByLabelText(/^Session Token/)).toHaveAttribute(
        "placeholder",
        "Enter a new value, or leave empty to remove",
      );
      await user.click(save());
      expect(onSubmit).toHaveBeenCalledWith({ session: null });
    });
  });

  it("in edit mode without a stored value is a plain secret input that is sent when filled", async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn();
    render(
      <SchemaFormHarness fields={[SESSION_FIELD]} mode="edit" existing={{}} onSubmit={onSubmit} />,
    );
    expect(screen.queryByRole("button", { name: /Replace/ })).not.toBeInTheDocument();
    await user.type(screen.getByLabelText(/^Session Token/), "tok");
    await user.click(save());
    expect(onSubmit).toHaveBeenCalledWith({ session: "tok" });
  });
});

describe("edit mode diff", () => {
  it("sends only what changed, and a cleared optional field as null", async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn();
    render(
      <SchemaFormHarness
        fields={[URL_FIELD, NAME_FIELD]}
        mode="edit"
        existing={{ url: "https://old.test", name: "abcd" }}
        onSubmit={onSubmit}
      />,
    );
    await user.clear(screen.getByRole("textbox", { name: "Name" }));
    await user.click(save());
    expect(onSubmit).toHaveBeenLastCalledWith({ name: null });

    const url = screen.getByRole("textbox", { name: "Webhook URL" });
    await user.clear(url);
    await user.type(url, "https://new.test");
    await user.click(save());
    expect(onSubmit).toHaveBeenLastCalledWith({ name: null, url: "https://new.test" });
  });

  it("reset restores the starting values and clears errors", async () => {
    const user = userEvent.setup();
    render(
      <SchemaFormHarness fields={[URL_FIELD]} mode="edit" existing={{ url: "https://old.test" }} />,
    );
    const url = screen.getByRole("textbox", { name: "Webhook URL" });
    await user.clear(url);
    await user.click(save());
    expectError(url, "Webhook URL is required");
    await user.click(screen.getByRole("button", { name: "Reset" }));
    expect(url).toHaveValue("https://old.test");
    expectNoError(url);
  });
});
