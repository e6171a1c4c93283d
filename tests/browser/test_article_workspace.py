"""A teacher brings in an article in Chromium, reads the analysis and generates a draft bank."""

import pytest
from playwright.sync_api import expect

from quizapp import demo

pytestmark = pytest.mark.browser

ARTICLE = """Council votes to close Riverside library

The council voted on Tuesday to close the Riverside library, blaming a shortfall in its budget.

"This is a devastating blow for our town," said Maria Lopez, chair of the Friends of Riverside Library.

Council leader Tom Reed said the closure was due to cuts in government funding.

The library has served the town for 84 years and lends about 40,000 books a year.
"""


def test_paste_analyse_generate_and_open_the_draft(live_server, page, tmp_path):
    page.goto(live_server.url + "/login")
    page.get_by_label("Email").fill(demo.DEMO_TEACHER_EMAIL)
    page.get_by_label("Password").fill(demo.DEMO_TEACHER_PASSWORD)
    page.get_by_role("button", name="Log in").click()

    page.goto(live_server.url + "/articles/")
    page.get_by_role("link", name="Add an article").click()
    upload = tmp_path / "riverside.txt"
    upload.write_text(ARTICLE)
    page.get_by_label("Article file").set_input_files(str(upload))
    page.get_by_label("Publisher").fill("Riverside Gazette")
    page.get_by_label("Date published").fill("2024-03-05")
    page.get_by_role("button", name="Add and analyse").click()

    expect(page.get_by_text("Article stored as 'riverside-gazette-2024-03-05'")).to_be_visible()
    expect(page.locator("mark.loaded", has_text="devastating")).to_be_visible()
    expect(page.locator("mark.cause").first).to_be_visible()
    side = page.locator("aside.side")
    expect(side).to_contain_text("Maria Lopez")
    expect(side).to_contain_text("Tom Reed")

    page.get_by_role("button", name="Generate draft questions").click()
    expect(
        page.get_by_text("Draft bank 'draft-riverside-gazette-2024-03-05' made with")
    ).to_be_visible()
    editor = page.get_by_label("Bank YAML")
    expect(editor).to_contain_text("status: draft")
    expect(editor).to_contain_text("article: riverside-gazette-2024-03-05")
