/** A checkbox with its label beside it, the whole row a 44 px target. */
export function CheckboxField({ label, name, checked, onChange }: { label: string; name: string; checked: boolean; onChange: (checked: boolean) => void }) {
  return (
    <label className="flex min-h-11 items-center gap-3 text-sm">
      <input type="checkbox" name={name} checked={checked} onChange={(event) => onChange(event.target.checked)} className="h-5 w-5" />
      {label}
    </label>
  );
}
