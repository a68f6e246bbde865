import { useState } from "preact/hooks";

interface Props {
  values: string[];
  onChange: (values: string[]) => void;
  placeholder?: string;
  testId: string;
  label: string;
  /** One value per line in a textarea (dates), instead of "a, b, c" on one line. */
  lines?: boolean;
}

/** A short list typed as text: kept as typed while editing (a trailing comma or newline survives), split when the field is left. */
export function ListInput({ values, onChange, placeholder, testId, label, lines = false }: Props) {
  const [raw, setRaw] = useState(values.join(lines ? "\n" : ", "));
  const commit = (text: string) => {
    const next = text.split(lines ? /[\s,]+/ : ",").map((v) => v.trim()).filter(Boolean);
    if (next.join("\n") !== values.join("\n")) onChange(next);
  };
  const common = {
    value: raw,
    placeholder,
    "aria-label": label,
    onInput: (e: { currentTarget: { value: string } }) => setRaw(e.currentTarget.value),
    onChange: (e: { currentTarget: { value: string } }) => commit(e.currentTarget.value),
    "data-testid": testId,
  };
  return lines ? <textarea rows={3} {...common} /> : <input {...common} />;
}
