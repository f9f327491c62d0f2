"""The site's URLs with a constant-response view in front, as the benchmark's baseline."""

from django.http import HttpResponse
from django.urls import path

from academy.urls import urlpatterns as site_urlpatterns

BODY = b"ok\n" * 32


def constant_view(request):
    """The cheapest possible Django response: what one request costs without the site."""
    return HttpResponse(BODY, content_type="text/plain")


urlpatterns = [path("bench/constant/", constant_view), *site_urlpatterns]
