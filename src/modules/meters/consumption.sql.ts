// How a cumulative meter's advance between two consecutive readings is counted (rows need
// `value`, `prev` (the previous value, from lag), `reset` and `rollover_value`):
//  - the first reading of the period is the baseline and counts 0;
//  - a reading marked `reset` (counter replaced or zeroed) counts its own value: it
//    started again from 0;
//  - a decrease on a meter with a rollover value wrapped: value - prev + rollover;
//  - any other decrease is taken as an unflagged reset (counts the value from 0), so a
//    consumption is never negative.
// Without resets or decreases the sum of the deltas is exactly last minus first.
export function deltaSql(alias: string): string {
  return `case when ${alias}.prev is null then 0
    when ${alias}.reset then ${alias}.value
    when ${alias}.value >= ${alias}.prev then ${alias}.value - ${alias}.prev
    when ${alias}.rollover_value is not null then ${alias}.value - ${alias}.prev + ${alias}.rollover_value
    else ${alias}.value end`;
}
