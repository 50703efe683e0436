// Shows a date only as precisely as it is known: "14 Dec 2022", "Dec 2022", "2022", or "date unknown".
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export function formatDate(date: string | null): string {
  if (!date) return 'date unknown';
  const [year, month, day] = date.split('-');
  if (day) return `${Number(day)} ${MONTHS[Number(month) - 1]} ${year}`;
  if (month) return `${MONTHS[Number(month) - 1]} ${year}`;
  return year ?? 'date unknown';
}
