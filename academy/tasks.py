"""Background work of the base layer, run by `manage.py db_worker`."""

from django.conf import settings
from django.core.mail import EmailMultiAlternatives, get_connection
from django_tasks import task


@task()
def send_email(subject, body, from_email, to, cc, bcc, reply_to, headers, alternatives):
    """Deliver one e-mail through the configured delivery backend."""
    message = EmailMultiAlternatives(
        subject, body, from_email, to, bcc, cc=cc, reply_to=reply_to, headers=headers
    )
    for content, mimetype in alternatives:
        message.attach_alternative(content, mimetype)
    get_connection(settings.EMAIL_DELIVERY_BACKEND).send_messages([message])
