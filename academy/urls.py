from django.conf import settings
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from . import views

account_patterns = [
    path("profil/", views.profile, name="profile"),
    path("daten/", views.privacy_export, name="privacy_export"),
    path("loeschen/", views.privacy_delete, name="privacy_delete"),
]

urlpatterns = [
    path("healthz", views.healthz, name="healthz"),
    path("admin/login/", views.admin_login),
    path("admin/", include(wagtailadmin_urls)),
    path("dokumente/", include(wagtaildocs_urls)),
    path("konto/", include((account_patterns, "academy"))),
    path("konto/", include("allauth.urls")),
    path("sitemap.xml", sitemap),
    path("kommune/", include("academy.coordination_urls")),
    path("barriere-melden/", views.barrier_report, name="barrier_report"),
    path("barriere-melden/danke/", views.barrier_report_done, name="barrier_report_done"),
    path("", include("courses.urls")),
    path("", include("certificates.urls")),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += [
    # Anonymous page views are answered from the shared cache before Wagtail routes them.
    re_path(r"^((?:[\w\-]+/)*)$", views.serve_page, name="wagtail_serve"),
    path("", include(wagtail_urls)),
]
