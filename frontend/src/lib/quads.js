// GDELT quad classes: names and colours shared by every chart.

export const QUADS = [
  { key: "verbal_cooperation", label: "Verbal cooperation", short: "VC", color: "#2c7fb8" },
  { key: "material_cooperation", label: "Material cooperation", short: "MC", color: "#1a9850" },
  { key: "verbal_conflict", label: "Verbal conflict", short: "VF", color: "#f28e2b" },
  { key: "material_conflict", label: "Material conflict", short: "MF", color: "#d7301f" },
];

export function quadLabel(number) {
  const quad = QUADS[Number(number) - 1];
  return quad ? quad.label : String(number);
}

export function quadColor(number) {
  const quad = QUADS[Number(number) - 1];
  return quad ? quad.color : "#888";
}

// Cooperation (green) to conflict (red) by the share of conflict events.
export function toneColor(cooperation, conflict) {
  const total = cooperation + conflict;
  const share = total ? conflict / total : 0.5;
  const from = [26, 152, 80];
  const to = [215, 48, 31];
  const mix = from.map((c, i) => Math.round(c + (to[i] - c) * share));
  return `rgb(${mix[0]}, ${mix[1]}, ${mix[2]})`;
}

export function dayToSeconds(iso) {
  return Date.parse(`${iso}T00:00:00Z`) / 1000;
}

export function addDays(iso, days) {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}
