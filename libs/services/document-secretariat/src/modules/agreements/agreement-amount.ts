/** '1200000' → '1200000.00', as numeric(15, 2) stores and returns it (no floating point on money). */
export function twoDecimals(amount: string): string {
  const [whole, fraction = ''] = amount.split('.');
  return `${whole.replace(/^0+(?=\d)/, '')}.${fraction.padEnd(2, '0')}`;
}
