/**
 * The calendar's names, as news capitalises them: a day or a month after a name is when something
 * happened ("said on Monday", "the council on Tuesday"), never part of the name or its speaker.
 */
const CALENDAR_WORDS = new Set([
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
  'Today',
  'Yesterday',
]);

export function isCalendarWord(word: string): boolean {
  return CALENDAR_WORDS.has(word);
}
