from django.core.mail.backends.base import BaseEmailBackend


class TaskEmailBackend(BaseEmailBackend):
    """Queue every e-mail as a background task, so no page waits for the mail server.

    The worker delivers it through EMAIL_DELIVERY_BACKEND. Messages with attachments are
    not queued here: the code that sends them should queue its own task.
    """

    def send_messages(self, email_messages):
        from .tasks import send_email

        for message in email_messages:
            if message.attachments:
                raise ValueError("E-Mails mit Anhängen bitte als eigene Aufgabe versenden.")
            send_email.enqueue(
                subject=str(message.subject),
                body=str(message.body),
                from_email=message.from_email,
                to=list(message.to),
                cc=list(message.cc),
                bcc=list(message.bcc),
                reply_to=list(message.reply_to),
                headers=dict(message.extra_headers),
                alternatives=[
                    [str(content), mimetype]
                    for content, mimetype in getattr(message, "alternatives", [])
                ],
            )
        return len(email_messages)
