"""The whole classroom loop in Chromium: teacher, class, student, quiz, gradebook, CSV."""

import csv
import io
import re

import pytest
from playwright.sync_api import expect

from quizapp import demo

pytestmark = pytest.mark.browser


def test_teacher_class_student_quiz_gradebook_and_csv(live_server, browser):
    teacher_context = browser.new_context(accept_downloads=True)
    teacher = teacher_context.new_page()
    teacher.set_default_timeout(10_000)

    # The demo teacher logs in and creates a class.
    teacher.goto(live_server.url + "/login")
    teacher.get_by_label("Email").fill(demo.DEMO_TEACHER_EMAIL)
    teacher.get_by_label("Password").fill(demo.DEMO_TEACHER_PASSWORD)
    teacher.get_by_role("button", name="Log in").click()
    expect(teacher.get_by_role("heading", name="My classes")).to_be_visible()
    teacher.get_by_label("Class name").fill("Browser class")
    teacher.get_by_role("button", name="Create class").click()
    expect(teacher.get_by_role("heading", name="Browser class")).to_be_visible()
    code = teacher.locator(".join-code").inner_text().strip()
    assert re.fullmatch(r"[A-Z2-9]{6}", code)

    # ...and assigns the test bank, feedback after each question.
    teacher.get_by_role("link", name="Assign a quiz").click()
    teacher.get_by_role("link", name="Test mini bank").click()
    teacher.get_by_label("Title").fill("Walrus homework")
    teacher.get_by_role("button", name="Assign").click()
    expect(teacher.get_by_text("Assigned 'Walrus homework' to Browser class.")).to_be_visible()

    # A student joins with the code in another browser context and takes the quiz.
    student_context = browser.new_context(viewport={"width": 390, "height": 844})
    student = student_context.new_page()
    student.set_default_timeout(10_000)
    student.goto(live_server.url + "/join")
    student.get_by_label("Class code").fill(code.lower())
    student.get_by_label("Your name").fill("Zoë Browser")
    student.get_by_label("Choose a password").fill("walrus-42")
    student.get_by_label("Password again").fill("walrus-42")
    student.get_by_role("button", name="Join the class").click()
    expect(student.get_by_text("You joined Browser class.")).to_be_visible()
    student.get_by_role("button", name="Start").click()
    expect(student.locator(".progress")).to_contain_text("1 of 3")
    assert "sad reality" not in student.content()
    student.get_by_label("Climate change").check()
    student.get_by_role("button", name="Check my answer").click()
    expect(student.get_by_role("heading", name="Right.")).to_be_visible()
    student.get_by_role("link", name="Next question").click()
    student.get_by_label("Anatoly Kochnev").check()
    student.get_by_role("button", name="Check my answer").click()
    expect(student.get_by_role("heading", name="Not quite.")).to_be_visible()
    student.get_by_role("link", name="Next question").click()
    student.get_by_role("radio", name="Reported fact").check()
    student.get_by_role("button", name="Check my answer").click()
    student.get_by_role("button", name="Finish the attempt").click()
    expect(student.locator(".score")).to_have_text("2 of 3 right")
    student_context.close()

    # The teacher sees the score, per-question statistics and charts, and downloads the CSV.
    teacher.get_by_role("link", name="Gradebook").click()
    row = teacher.locator("table.gradebook tr", has_text="Zoë Browser")
    expect(row).to_contain_text("67%")
    stats = teacher.locator("table.question-stats")
    expect(stats).to_contain_text("What does producer Sophie Lanfear blame")
    expect(stats).to_contain_text("Anatoly Kochnev: 1")
    expect(teacher.locator("figure.chart svg[role=img]")).to_have_count(2)
    with teacher.expect_download() as download_info:
        teacher.get_by_role("link", name="Download gradebook (CSV)").click()
    download = download_info.value
    content = download.path().read_bytes()
    assert content.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(content.decode("utf-8-sig"))))
    assert rows[0] == ["Student", "Walrus homework (%)"]
    assert rows[1] == ["Zoë Browser", "67"]
    teacher_context.close()
