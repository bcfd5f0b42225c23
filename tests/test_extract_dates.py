"""Publication dates: stated, given, inferred; claim dates resolved against them."""

from __future__ import annotations

import json
from datetime import date

from factcheck.extract import extract
from factcheck.extract.dates import find_published, infer_published


def test_stated_date_lines_and_datelines() -> None:
    assert find_published("Updated: October 13, 2023, 11:46 AM\nText") == date(2023, 10, 13)
    assert find_published(" date 2023-11-02 The US has voiced") == date(2023, 11, 2)
    assert find_published("WASHINGTON, Nov 3, 2023 (Reuters) - Officials") == date(2023, 11, 3)
    assert find_published("Dhaka, 1 October 2023 — Dengue deaths") == date(2023, 10, 1)
    assert find_published("Updated 9:41 PM EDT, Thu September 29, 2022\nHurricane") == \
        date(2022, 9, 29)


def test_date_lines_in_numeric_and_timed_forms() -> None:
    assert find_published("(LEAD) Ferry sinks\n2014/04/17 09:12\nJINDO, April 17 (Yonhap) --") \
        == date(2014, 4, 17)
    assert find_published("Toll rises to 39\nIZMIR\nOctober 31 2020 10:14:00\nThe toll") == \
        date(2020, 10, 31)
    assert find_published("Floods kill 78\n12 June 2025 - 14:05\nThe number") == \
        date(2025, 6, 12)


def test_numeric_dates_read_day_first_and_more_page_furniture() -> None:
    assert find_published("Toll tops a million\n12.06.2025 08:14\nThe total") == date(2025, 6, 12)
    assert find_published("Amsterdam: 62 arrested\nPublished on 08/11/2024 - 13:05 GMT+1\n"
                          "Dutch police") == date(2024, 11, 8)
    assert find_published("Attack\nIssued on: 03/11/2020 - 17:40\nFour") == date(2020, 11, 3)
    assert find_published("Toll hits 74\nFirst Posted 03:12am (Mla time) Feb 06, 2006\n"
                          "MANILA—The") == date(2006, 2, 6)
    assert find_published("Toll now 54\nThe Daily Star / 05:40 AM February 12, 2024\nThe") \
        == date(2024, 2, 12)
    assert find_published("Heatwave\nMadrid - JUL 18, 2022 - 13:40 CEST\nHigh") == \
        date(2022, 7, 18)
    assert find_published("Leaders: 800 killed\nARDAMATA / ADRÉ – November 8, 2023\nFighters") \
        == date(2023, 11, 8)


def test_a_reports_title_may_end_with_its_date_but_not_a_figures_date() -> None:
    assert find_published("SUDAN: Dam Collapse – Flash Update No. 01 (26 August 2024)\n"
                          "KEY HIGHLIGHTS") == date(2024, 8, 26)
    assert find_published("Offensive Campaign Assessment, October 2, 2024\nForces withdrew") \
        == date(2024, 10, 2)
    assert find_published("Floods at a glance (Interior Ministry figures, May 6, 2024)\n"
                          "Deaths: 228") is None


def test_a_place_then_the_date_and_a_date_then_the_place() -> None:
    assert find_published("Communique of the Ministry\nNiamey, 10 January 2020\nOn Thursday 9 "
                          "January 2020, the post was attacked.") == date(2020, 1, 10)
    assert find_published("Toll rises\nJune 6, 2024 (KHARTOUM) – At least 104 people, "
                          "including 35 children, were killed.") == date(2024, 6, 6)
    assert find_published("Toll rises\nIn Gaza, 12 people died on 3 March 2024.") is None
    assert find_published("UN rights chief alarmed\nGENEVA (12 March 2018) – The UN said "
                          "31 people died.") == date(2018, 3, 12)
    assert find_published("Gaza live\nLast update 13 Jul 2024 20:15 GMT\nThe toll rose.") \
        == date(2024, 7, 13)


def test_a_dateline_without_a_year_states_no_date_but_dates_the_claims() -> None:
    text = ("PETROPOLIS, Brazil, Feb 17 (Reuters) - The toll rose to 117, the worst since 1988, "
            "officials said on Thursday. In 2022 the city was flooded.")
    assert find_published(text) is None
    result = extract(text)
    record = result.document.to_json()
    assert record["published"] is None
    assert record["published_source"] == "inferred"
    assert record["published_inferred"] == "2022-02-17"
    assert result.claims[0].date is not None


def test_dates_inside_the_story_are_not_the_publication_date() -> None:
    text = "The attack on October 7, 2023 killed 1,400 people.\n— Someone (@x) November 3, 2023"
    assert find_published(text) is None
    assert infer_published(text) == date(2023, 11, 3)


def test_inferred_date_is_kept_apart_from_the_stated_one_in_jsonl() -> None:
    result = extract("Officials said 12 people were killed.\n— Post (@x) March 3, 2024")
    record = result.document.to_json()
    assert record["published"] is None
    assert record["published_inferred"] == "2024-03-03"
    assert record["published_source"] == "inferred"
    assert result.claims[0].date == date(2024, 3, 3)
    json.dumps(record)  # serialisable


def test_given_date_wins_and_relative_days_resolve_into_the_past() -> None:
    text = "The ministry said on Tuesday that 30 people were killed."
    result = extract(text, published=date(2023, 11, 3))  # a Friday
    assert result.document.published_source == "user"
    assert result.claims[0].date == date(2023, 10, 31)  # the Tuesday before


def test_no_date_at_all() -> None:
    result = extract("Police said 12 people were arrested.")
    assert result.document.published is None
    assert result.document.published_source == "unknown"
    assert result.claims[0].date is None


def test_outlet_from_agency_tag_or_copyright_line_not_photo_credits() -> None:
    from factcheck.extract.source_info import guess_outlet

    assert guess_outlet("KYIV (Reuters) - Russia fired 40 drones.") == "Reuters"
    assert guess_outlet("Body text.\n\n© 2024 The Associated Press. All rights reserved.") == \
        "The Associated Press"
    text = "A photo © Reuters\n\nBody text.\n\n[Copyright](#) The Financial Times Limited 2024."
    assert guess_outlet(text) == "The Financial Times"
    assert guess_outlet("No outlet named here.") is None
