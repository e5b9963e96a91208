/** Shows compact text ("=3", "2 – 1") while screen readers hear the full words. */
export function Spoken({ shown, spoken }: { shown: string; spoken: string }) {
  return (
    <>
      <span aria-hidden="true">{shown}</span>
      <span className="visually-hidden">{spoken}</span>
    </>
  );
}
