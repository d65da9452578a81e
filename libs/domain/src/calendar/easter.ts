/**
 * Easter Sunday of `year` ('YYYY-MM-DD') by the Gregorian computus, in the anonymous algorithm
 * published by Meeus (Astronomical Algorithms, ch. 8), valid for every Gregorian year: Good Friday
 * and Easter Monday follow it, and no table has to be extended when the years run out.
 */
export function easterSunday(year: number): string {
  const golden = year % 19;
  const century = Math.floor(year / 100);
  const yearOfCentury = year % 100;
  const skippedLeapDays = Math.floor(century / 4);
  const lunarCorrection = Math.floor((century - Math.floor((century + 8) / 25) + 1) / 3);
  const epact = (19 * golden + century - skippedLeapDays - lunarCorrection + 15) % 30;
  const toSunday = (32 + 2 * (century % 4) + 2 * Math.floor(yearOfCentury / 4) - epact - (yearOfCentury % 4)) % 7;
  const lateCorrection = Math.floor((golden + 11 * epact + 22 * toSunday) / 451);
  const dayOfMarch = epact + toSunday - 7 * lateCorrection + 22; // 32 is 1 April
  const month = dayOfMarch > 31 ? 4 : 3;
  const day = dayOfMarch > 31 ? dayOfMarch - 31 : dayOfMarch;
  return `${year}-0${month}-${String(day).padStart(2, '0')}`;
}
