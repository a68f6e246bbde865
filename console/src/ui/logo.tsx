/** The Baton mark: a baton passed diagonally, in the accent colour. */
export function Logo({ size = 28 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden="true" class="logo-mark">
      <rect width="32" height="32" rx="8" fill="currentColor" />
      <path d="M9.5 22.5 22.5 9.5" stroke="#fff" stroke-width="4" stroke-linecap="round" />
      <circle cx="22.5" cy="9.5" r="2.6" fill="#fff" />
    </svg>
  );
}
