from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import DatabaseError, connection
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET
from wagtail.views import serve as wagtail_serve

from . import caching
from .chrome import site_chrome
from .forms import ProfileForm
from .models import Profile


@require_GET
@never_cache
def healthz(request):
    """200 when the database answers, 503 otherwise."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except DatabaseError:
        return HttpResponse("database unavailable\n", status=503, content_type="text/plain")
    return HttpResponse("ok\n", content_type="text/plain")


@login_required
def profile(request):
    profile, _created = Profile.objects.select_related("user").get_or_create(
        user=request.user,
        defaults={"certificate_name": request.user.get_full_name() or request.user.email},
    )
    form = ProfileForm(request.POST or None, instance=profile)
    if request.method == "POST":
        if form.is_valid():
            form.save()
            messages.success(request, _("Ihr Profil wurde gespeichert."))
            return redirect("academy:profile")
        messages.error(request, _("Bitte prüfen Sie die markierten Angaben."))
    return render(request, "academy/profile.html", {"form": form})


def admin_login(request):
    """The Wagtail admin signs in through allauth: same rate limits, same MFA."""
    query = request.META.get("QUERY_STRING")
    url = "/konto/login/"
    return redirect(f"{url}?{query}" if query else f"{url}?next=/admin/")


def serve_page(request, path):
    """Wagtail's page view, answered from the shared cache before routing where allowed."""
    if not caching.is_cacheable(request):
        site_chrome(request)  # the site and the frame in one cache round trip
        return wagtail_serve(request, path)
    response, generation = caching.lookup(request)
    if response is not None:
        return response
    response = wagtail_serve(request, path)
    if hasattr(response, "add_post_render_callback"):
        response.add_post_render_callback(
            lambda rendered: caching.store(request, rendered, generation)
        )
    else:
        caching.store(request, response, generation)
    return response
