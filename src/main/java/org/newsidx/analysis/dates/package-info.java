/**
 * Date expressions in article text, resolved against the publication date.
 *
 * <p>{@link org.newsidx.analysis.dates.DateExpressionFinder} runs a fixed list of rules, one per family of
 * expressions: day-level dates ({@code DayDateRule}), months ({@code MonthRule}), weekdays
 * ({@code WeekdayRule}), expressions relative to the publication date ({@code RelativeRule}), years
 * ({@code YearRule}), named days ({@code HolidayRule}) and days or years relative to the story's last date
 * ({@code AnaphoricDateRule}). Each rule tries its regular expressions only where one of its trigger words
 * starts ({@code WordIndex}), so the cost grows with the number of candidate words, not with the pattern
 * count times the text length. The words are found in one pass and looked up by a hash over their chars
 * ({@code Vocabulary}; trigger sets are bitsets, {@code WordSet}), and each pattern has a hand-written
 * precheck ({@code Lookahead}: "the" only before "previous", "following" or "same"; a number only of the
 * right shape) that must never be stricter than the pattern: it only saves running it. Overlapping matches
 * are settled longest first.
 *
 * <p>Expressions without a year or a week ("in March", "Dec. 8", "on Saturday") take the occurrence nearest
 * the publication date on the side that the clause's tense points to ({@code TenseGuesser}): "will",
 * "expected to", "as soon as" point forward; "said", past-tense verbs point back; no cue means past for
 * weekdays and nearest for months and days. Without a publication date, such expressions have a null value;
 * dates that carry their year still resolve.
 *
 * <p>{@link org.newsidx.analysis.dates.CalendarNames} is the one table of month and weekday names, shared
 * with publication-date parsing in ingest. Everything here is immutable or stateless and thread-safe.
 */
package org.newsidx.analysis.dates;
