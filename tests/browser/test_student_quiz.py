"""A student takes a quiz in Chromium and follows the evidence to the highlighted passage."""

import re

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser


def test_take_quiz_and_land_on_highlighted_passage(live_server, page):
    page.goto(live_server.url + "/")
    page.get_by_role("link", name="Test mini bank").click()
    page.get_by_role("button", name="Start the quiz").click()
    expect(page.locator(".progress")).to_contain_text("1 of 3")

    # The answer key is not in the page before answering.
    assert "sad reality" not in page.content()

    # Keyboard only: focus the first choice, pick the second with the arrow key, submit.
    page.get_by_label("Climate change").focus()
    page.keyboard.press("ArrowDown")
    expect(page.get_by_label("A polar bear attack")).to_be_checked()
    page.get_by_role("button", name="Check my answer").press("Enter")

    expect(page.get_by_role("heading", name="Not quite.")).to_be_visible()
    expect(page.locator(".choice-feedback")).to_contain_text("Susan Crockford")
    page.get_by_role("link", name="See it in the article").click()

    expect(page).to_have_url(
        re.compile(
            r"/articles/radio-times-2019-04-10\?hl=\d+-\d+&back=/practice/test-mini/1#passage$"
        )
    )
    passage = page.locator("mark#passage")
    expect(passage).to_have_text("It's the sad reality of climate change,")
    expect(passage).to_be_in_viewport()
    background = passage.evaluate("el => getComputedStyle(el).backgroundColor")
    assert background not in ("rgba(0, 0, 0, 0)", "transparent")

    page.get_by_role("link", name="Back to the question").click()
    expect(page).to_have_url(re.compile(r"/practice/test-mini/1#feedback$"))
    expect(page.get_by_role("heading", name="Not quite.")).to_be_in_viewport()


def test_whole_quiz_to_results_without_javascript(live_server, browser):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(live_server.url + "/practice/test-mini")
    page.get_by_role("button", name="Start the quiz").click()
    page.get_by_label("Climate change").check()
    page.get_by_role("button", name="Check my answer").click()
    expect(page.get_by_role("heading", name="Right.")).to_be_visible()
    page.get_by_role("link", name="Next question").click()
    page.get_by_label("Susan Crockford").check()
    page.get_by_role("button", name="Check my answer").click()
    page.get_by_role("link", name="Next question").click()
    page.get_by_role("radio", name="Reported fact").check()
    page.get_by_role("button", name="Check my answer").click()
    page.get_by_role("link", name="See my results").click()
    expect(page.locator(".score")).to_have_text("3 of 3 right")
    expect(page.locator("table.skills tbody tr")).to_have_count(3)
    context.close()
