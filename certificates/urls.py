from django.urls import path

from . import views

app_name = "certificates"

urlpatterns = [
    path("zertifikate/", views.my_certificates, name="mine"),
    path("zertifikate/pruefen/", views.verify_form, name="verify_form"),
    path("zertifikate/pruefen/<str:code>/", views.verify, name="verify"),
    path("zertifikate/pruefen/<str:code>/badge.jwt", views.badge, name="badge"),
    path("zertifikate/aussteller/", views.issuer, name="issuer"),
    path("zertifikate/statusliste/", views.status_list, name="status_list"),
    path("zertifikate/<str:number>/pdf/", views.download, name="download"),
]
