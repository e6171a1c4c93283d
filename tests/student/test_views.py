"""The practice quiz through the Flask test client, CSRF on, posting like a browser."""

import re

from tests.support import csrf_token, submit

BANK = "/practice/test-mini"


def start(client):
    response = submit(client, f"{BANK}/start", page=BANK)
    assert response.status_code == 302
    assert response.headers["Location"].endswith(f"{BANK}/1")


def test_home_lists_banks_with_approved_questions(client):
    html = client.get("/").get_data(as_text=True)
    assert "Test mini bank" in html
    assert "3 questions" in html  # the draft question is not counted


def test_bank_page_offers_to_start(client):
    html = client.get(BANK).get_data(as_text=True)
    assert "Start the quiz" in html
    assert "radio-times-2019-04-10" in html


def test_unknown_bank_is_404(client):
    assert client.get("/practice/no-such-bank").status_code == 404
    assert client.get(f"{BANK}/99").status_code == 404


def test_question_page_never_contains_the_answer_key(client):
    start(client)
    html = client.get(f"{BANK}/1").get_data(as_text=True)
    assert "1 of 3" in html
    assert "Climate change" in html and "A polar bear attack" in html
    assert "sad reality of climate change" not in html  # explanation and evidence
    assert "Crockford" not in html  # per-choice feedback
    assert "correct" not in html.lower().replace("check my answer", "")


def test_answer_shows_feedback_explanation_and_evidence_link(client):
    start(client)
    response = submit(client, f"{BANK}/1", {"answer": "b"})
    assert response.status_code == 302
    html = client.get(f"{BANK}/1").get_data(as_text=True)
    assert "Not quite." in html
    assert "That is Susan Crockford&#39;s explanation" in html
    link = re.search(r'href="([^"]+)">See it in the article', html).group(1)
    assert link.startswith("/articles/radio-times-2019-04-10?hl=") and link.endswith("#passage")
    article = client.get(link.replace("&amp;", "&")).get_data(as_text=True)
    assert (
        '<mark class="evidence" id="passage">It&#39;s the sad reality of climate change,</mark>'
        in article
    )


def test_right_answer(client):
    start(client)
    submit(client, f"{BANK}/1", {"answer": "a"})
    assert "Right." in client.get(f"{BANK}/1").get_data(as_text=True)


def test_multiple_choice_uses_checkboxes_and_needs_all(client):
    start(client)
    html = client.get(f"{BANK}/2").get_data(as_text=True)
    assert html.count('type="checkbox"') == 3
    submit(client, f"{BANK}/2", {"answer": ["a", "b"]})
    assert "Not quite." in client.get(f"{BANK}/2").get_data(as_text=True)


def test_fact_or_framing_offers_the_three_categories(client):
    start(client)
    html = client.get(f"{BANK}/3").get_data(as_text=True)
    assert "Reported fact" in html and "The writer&#39;s own framing or opinion" in html
    assert "The segment occurs in the second episode" in html


def test_empty_answer_is_refused_with_a_message(client):
    start(client)
    response = submit(client, f"{BANK}/1", {})
    assert response.status_code == 422
    assert "Choose an answer before you check it." in response.get_data(as_text=True)


def test_forged_choice_is_refused(client):
    start(client)
    response = submit(client, f"{BANK}/1", {"answer": "z"})
    assert response.status_code == 422
    assert "Not quite." not in response.get_data(as_text=True)


def test_post_without_csrf_token_is_refused(client):
    start(client)
    response = client.post(f"{BANK}/1", data={"answer": "a"})
    assert response.status_code == 400
    assert "expired or was not sent by this site" in response.get_data(as_text=True)
    assert "Not quite." not in client.get(f"{BANK}/1").get_data(as_text=True)


def test_first_answer_counts_resubmits_change_nothing(client):
    start(client)
    page = client.get(f"{BANK}/1").get_data(as_text=True)
    token = csrf_token(page)
    client.post(f"{BANK}/1", data={"csrf_token": token, "answer": "b"})
    client.post(f"{BANK}/1", data={"csrf_token": token, "answer": "a"})
    assert "Not quite." in client.get(f"{BANK}/1").get_data(as_text=True)


def test_results_show_score_by_skill(client):
    start(client)
    submit(client, f"{BANK}/1", {"answer": "a"})
    submit(client, f"{BANK}/2", {"answer": ["a"]})
    submit(client, f"{BANK}/3", {"answer": "framing"})
    html = client.get(f"{BANK}/results").get_data(as_text=True)
    assert "2 of 3 right" in html
    rows = re.findall(r'<th scope="row">([^<]+)</th>\s*<td>(\d+ of \d+)</td>', html)
    assert rows == [
        ("Attribution: who said it", "1 of 1"),
        ("Cause: who blames what on what", "1 of 1"),
        ("Fact or framing", "0 of 1"),
    ]


def test_start_again_clears_progress(client):
    start(client)
    submit(client, f"{BANK}/1", {"answer": "b"})
    assert "Continue at question 2" in client.get(BANK).get_data(as_text=True)
    start(client)
    assert "Check my answer" in client.get(f"{BANK}/1").get_data(as_text=True)


def test_security_headers_and_cookie_flags(client):
    start(client)
    response = client.get(f"{BANK}/1")
    assert "frame-ancestors 'none'" in response.headers["Content-Security-Policy"]
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    cookie = client.get_cookie("session")
    assert cookie.http_only and cookie.same_site == "Lax"
