// The date, time, length, where and video-link fields shared by the schedule and change forms. Each
// takes the values last typed (after a refused submission) so nothing typed is lost.

export const fieldClass = "min-h-11 rounded-lg border border-line bg-surface px-3 py-2 text-base";

export type FieldValues = Record<string, string | undefined>;

function FieldError({ id, message }: { id: string; message?: string }) {
  return message ? (
    <p id={id} className="text-sm text-danger">
      {message}
    </p>
  ) : null;
}

export function AppointmentFields({
  prefix,
  values,
  errors,
  zoneLabel,
}: {
  /** Makes ids unique when several forms are on one page. */
  prefix: string;
  values: FieldValues;
  errors?: Record<string, string>;
  zoneLabel: string;
}) {
  const id = (name: string) => `${prefix}-${name}`;
  const invalid = (name: string) =>
    errors?.[name] ? { "aria-invalid": true as const, "aria-describedby": id(`${name}-error`) } : {};
  return (
    <>
      <div className="flex flex-col gap-1">
        <label htmlFor={id("date")} className="font-medium">
          Date
        </label>
        <input
          id={id("date")}
          name="date"
          type="date"
          required
          defaultValue={values.date}
          className={fieldClass}
          {...invalid("date")}
        />
        <FieldError id={id("date-error")} message={errors?.date} />
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor={id("time")} className="font-medium">
          Time <span className="font-normal text-muted">({zoneLabel})</span>
        </label>
        <input
          id={id("time")}
          name="time"
          type="time"
          required
          defaultValue={values.time}
          step={300}
          className={fieldClass}
          {...invalid("time")}
        />
        <FieldError id={id("time-error")} message={errors?.time} />
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor={id("durationMinutes")} className="font-medium">
          Length
        </label>
        <select
          key={`length-${values.durationMinutes ?? "50"}`}
          id={id("durationMinutes")}
          name="durationMinutes"
          defaultValue={values.durationMinutes ?? "50"}
          className={fieldClass}
        >
          {[30, 45, 50, 60, 75, 90].map((m) => (
            <option key={m} value={m}>
              {m} minutes
            </option>
          ))}
        </select>
      </div>
      <fieldset className="flex flex-col gap-1">
        <legend className="font-medium">Where</legend>
        <div className="flex flex-wrap gap-x-4">
          <label className="inline-flex min-h-11 items-center gap-2">
            <input
              type="radio"
              name="modality"
              value="IN_PERSON"
              defaultChecked={(values.modality ?? "IN_PERSON") === "IN_PERSON"}
            />{" "}
            In person
          </label>
          <label className="inline-flex min-h-11 items-center gap-2">
            <input type="radio" name="modality" value="VIDEO" defaultChecked={values.modality === "VIDEO"} />{" "}
            Video
          </label>
        </div>
      </fieldset>
      <div className="flex flex-col gap-1 sm:col-span-2">
        <label htmlFor={id("videoUrl")} className="font-medium">
          Video link <span className="font-normal text-muted">(optional, starts with https://)</span>
        </label>
        <input
          id={id("videoUrl")}
          name="videoUrl"
          type="url"
          inputMode="url"
          placeholder="https://"
          defaultValue={values.videoUrl ?? ""}
          className={fieldClass}
          {...invalid("videoUrl")}
        />
        <p className="text-sm text-muted">The client sees it on their home page.</p>
        <FieldError id={id("videoUrl-error")} message={errors?.videoUrl} />
      </div>
    </>
  );
}
