import { describe, expect, it } from 'vitest';
import { emptyWeek, minutes, nextRange, validateWeek } from './businessHours';

describe('minutes', () => {
  it('reads HH:mm and allows 24:00 only as an end', () => {
    expect(minutes('09:30', false)).toBe(570);
    expect(minutes('24:00', true)).toBe(1440);
    expect(minutes('24:00', false)).toBeNull();
    expect(minutes('9:30', false)).toBeNull();
    expect(minutes('25:00', true)).toBeNull();
  });
});

describe('validateWeek', () => {
  it('accepts split days and a night range to midnight', () => {
    const week = { ...emptyWeek(), MONDAY: [{ from: '13:00', to: '18:00' }, { from: '09:00', to: '12:00' }, { from: '22:00', to: '24:00' }] };
    expect(validateWeek(week)).toEqual({});
  });

  it('names the day whose ranges are not times, end before they start, or overlap', () => {
    const week = {
      ...emptyWeek(),
      MONDAY: [{ from: '9am', to: '18:00' }],
      TUESDAY: [{ from: '18:00', to: '09:00' }],
      WEDNESDAY: [{ from: '09:00', to: '13:00' }, { from: '12:00', to: '18:00' }],
    };
    expect(validateWeek(week)).toEqual({
      MONDAY: 'validation.time',
      TUESDAY: 'validation.order',
      WEDNESDAY: 'validation.overlap',
    });
  });
});

describe('nextRange', () => {
  it('continues after the last range, or proposes office hours', () => {
    expect(nextRange([])).toEqual({ from: '09:00', to: '18:00' });
    expect(nextRange([{ from: '09:00', to: '12:00' }])).toEqual({ from: '12:00', to: '13:00' });
    expect(nextRange([{ from: '22:00', to: '24:00' }])).toEqual({ from: '09:00', to: '18:00' });
  });
});
