/** The app's mark: a plain seal-like square with 服 (service), drawn inline so no asset is needed. */
export const AppMark = ({ size = 28 }: { size?: number }) => (
  <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
    <rect x="1" y="1" width="30" height="30" rx="5" fill="#ffffff" />
    <rect x="3.5" y="3.5" width="25" height="25" rx="3.5" fill="none" stroke="#1f4e79" strokeWidth="1.6" />
    <text x="16" y="22.5" textAnchor="middle" fontSize="17" fontWeight="700" fill="#1f4e79">
      服
    </text>
  </svg>
);
