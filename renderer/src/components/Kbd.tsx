/** A keyboard key as printed in help and hints. */
export const Kbd = ({ keys }: { keys: string }) => <kbd className="bd-kbd">{keys}</kbd>;
