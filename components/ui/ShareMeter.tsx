// A share from 0 to 1 as a bar and a percentage ("67 %"); "–" for none. The bar is decoration, the number is read.

export const percentText = (share: number | null) => (share === null ? "–" : `${Math.round(share * 100)} %`);

export function ShareMeter({ share }: { share: number | null }) {
  return (
    <span className="share">
      <span className="meter" aria-hidden="true">
        <span style={{ width: `${Math.round((share ?? 0) * 100)}%` }} />
      </span>
      {percentText(share)}
    </span>
  );
}
