"""E-mails are queued as background tasks and delivered by the worker."""

import pytest
from django.core import mail
from django.core.management import call_command
from django_tasks_db.models import DBTaskResult

from tests.academy.test_accounts import SIGNUP_URL, signup_data

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

DATABASE_QUEUE = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


@pytest.fixture
def queued_mail(settings):
    settings.EMAIL_BACKEND = "academy.mail.TaskEmailBackend"
    settings.TASKS = DATABASE_QUEUE


def test_signup_mail_waits_in_the_queue_until_the_worker_delivers_it(client, queued_mail):
    response = client.post(SIGNUP_URL, signup_data())

    assert response.status_code == 302
    assert mail.outbox == []
    assert DBTaskResult.objects.count() == 1

    call_command("db_worker", "--batch", "--no-startup-delay", "--no-reload", verbosity=0)

    [message] = mail.outbox
    assert message.to == ["neu@example.org"]
    assert "/konto/confirm-email/" in message.body
    assert DBTaskResult.objects.get().status == "SUCCESSFUL"
