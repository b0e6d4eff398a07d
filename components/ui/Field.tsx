// A labelled form field: the label, the control, an optional hint and the error message, with the control pointed at
// the hint and the error (`aria-describedby`) and marked invalid while there is an error (`aria-invalid`).

/** What the control needs from its field: spread these onto the <input>, <select> or <textarea>. */
export type TFieldControlProps = {
  id: string;
  "aria-describedby": string | undefined;
  "aria-invalid": true | undefined;
};

export type TFieldProps = {
  /** The control's id; the hint and the error get `${id}-hint` and `${id}-error`. */
  id: string;
  label: React.ReactNode;
  hint?: React.ReactNode;
  /** The message under the control; nothing is shown (or referenced) while it is empty. */
  error?: React.ReactNode;
  /** Marks the control invalid when its error is said elsewhere (a form-level message); defaults to having an error. */
  invalid?: boolean;
  /** The error is read out as soon as it appears (`role="alert"`); off where a whole form's errors show at once. */
  alert?: boolean;
  /** Keep the (empty) alert region in place while there is no error, so that a later message is announced reliably. */
  reserveError?: boolean;
  /** Extra classes for the wrapper, e.g. a field laid out in a row. */
  className?: string;
  /** Content above the label, e.g. what the field is for. */
  intro?: React.ReactNode;
  /** The control, given the ids and states it must carry. */
  control: (props: TFieldControlProps) => React.ReactNode;
  /** Content after the message, e.g. the button that submits this one field. */
  children?: React.ReactNode;
};

export function Field(props: TFieldProps) {
  const { id, label, hint, error, invalid, alert = true, reserveError = false, className, intro, control, children } = props;
  const hasError = error !== undefined && error !== null && error !== "" && error !== false;
  const hintId = hint !== undefined ? `${id}-hint` : undefined;
  const errorId = hasError || reserveError ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  return (
    <div className={className ? `field ${className}` : "field"}>
      {intro}
      <label htmlFor={id}>{label}</label>
      {control({ id, "aria-describedby": describedBy, "aria-invalid": (invalid ?? hasError) ? true : undefined })}
      {hint !== undefined && (
        <span id={hintId} className="hint">
          {hint}
        </span>
      )}
      {(hasError || reserveError) && (
        <span id={errorId} className="field-error" role={alert ? "alert" : undefined}>
          {error}
        </span>
      )}
      {children}
    </div>
  );
}
