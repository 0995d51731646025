export const NEW_DESTINATION_PATH = "/destinations/new";

export function destinationPathFor(id: string, section?: "settings" | "deliveries" | "metrics") {
  const base = `/destinations/${encodeURIComponent(id)}`;
  return section ? `${base}/${section}` : base;
}
