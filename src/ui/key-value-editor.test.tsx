import { cleanup, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { KeyValueEditor, type KeyValueEditorProps, type KeyValueRow } from "./key-value-editor";

afterEach(cleanup);

function Controlled({
  initial = [],
  onRows,
  ...props
}: Partial<KeyValueEditorProps> & {
  initial?: KeyValueRow[];
  onRows?: (rows: KeyValueRow[]) => void;
}) {
  const [rows, setRows] = useState<KeyValueRow[]>(initial);
  return (
    <>
      <KeyValueEditor
        id="kv"
        rows={rows}
        onChange={(next) => {
          setRows(next);
          onRows?.(next);
        }}
        {...props}
      />
      <button type="button">Elsewhere</button>
    </>
  );
}

describe("KeyValueEditor", () => {
  it("shows the empty state and default Key/Value labels", async () => {
    const user = userEvent.setup();
    render(<Controlled />);
    expect(screen.getByText("Nothing added yet.")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Add row" }));
    expect(screen.getByRole("textbox", { name: "Key 1" })).toHaveFocus();
    expect(screen.getByRole("textbox", { name: "Value 1" })).toBeInTheDocument();
    expect(screen.queryByText("Nothing added yet.")).not.toBeInTheDocument();
  });

  it("uses configurable labels", () => {
    render(
      <Controlled
        initial={[{ key: "plan", value: "pro" }]}
        keyLabel="Name"
        valueLabel="Content"
        itemLabel="entry"
        addLabel="Add metadata"
      />,
    );
    expect(screen.getByRole("textbox", { name: "Name 1" })).toHaveValue("plan");
    expect(screen.getByRole("textbox", { name: "Content 1" })).toHaveValue("pro");
    expect(screen.getByRole("button", { name: "Remove entry plan" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Add metadata" })).toBeInTheDocument();
  });

  it("edits rows and emits them", async () => {
    const user = userEvent.setup();
    const onRows = vi.fn();
    render(<Controlled initial={[{ key: "a", value: "1" }]} onRows={onRows} />);
    await user.type(screen.getByRole("textbox", { name: "Value 1" }), "2");
    expect(onRows).toHaveBeenLastCalledWith([{ key: "a", value: "12" }]);
  });

  it("names Remove buttons by the row key (or number) and moves focus sensibly", async () => {
    const user = userEvent.setup();
    const onRows = vi.fn();
    render(
      <Controlled
        initial={[
          { key: "a", value: "1" },
          { key: "", value: "2" },
          { key: "c", value: "3" },
        ]}
        onRows={onRows}
      />,
    );
    expect(screen.getByRole("button", { name: "Remove row 2" })).toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "Remove row a" }));
    expect(onRows).toHaveBeenLastCalledWith([
      { key: "", value: "2" },
      { key: "c", value: "3" },
    ]);
    // The row that moved up into its place.
    expect(screen.getByRole("textbox", { name: "Key 1" })).toHaveFocus();

    await user.click(screen.getByRole("button", { name: "Remove row c" }));
    expect(screen.getByRole("textbox", { name: "Key 1" })).toHaveFocus();

    await user.click(screen.getByRole("button", { name: "Remove row 1" }));
    expect(onRows).toHaveBeenLastCalledWith([]);
    expect(screen.getByRole("button", { name: "Add row" })).toHaveFocus();
  });

  it("marks invalid rows and links descriptions", () => {
    render(
      <Controlled
        initial={[
          { key: "a", value: "1" },
          { key: "a", value: "2" },
        ]}
        invalidRows={new Set([1])}
        describedBy="kv-error"
      />,
    );
    expect(screen.getByRole("textbox", { name: "Key 1" })).not.toHaveAttribute("aria-invalid");
    expect(screen.getByRole("textbox", { name: "Key 2" })).toHaveAttribute("aria-invalid", "true");
    expect(screen.getByRole("textbox", { name: "Value 2" })).toHaveAttribute(
      "aria-describedby",
      "kv-error",
    );
  });

  it("reports a blur only when focus leaves the editor", async () => {
    const user = userEvent.setup();
    const onBlur = vi.fn();
    render(<Controlled initial={[{ key: "a", value: "1" }]} onBlur={onBlur} />);
    await user.click(screen.getByRole("textbox", { name: "Key 1" }));
    await user.tab();
    expect(screen.getByRole("textbox", { name: "Value 1" })).toHaveFocus();
    expect(onBlur).not.toHaveBeenCalled();
    await user.click(screen.getByRole("button", { name: "Elsewhere" }));
    expect(onBlur).toHaveBeenCalledTimes(1);
  });
});
