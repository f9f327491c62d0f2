from django.urls import path

from . import coordination_views as views

app_name = "kommune"

urlpatterns = [
    path("", views.overview, name="overview"),
    path("teilnehmende/", views.participant_list, name="participants"),
    path("teilnehmende/export.csv", views.export_csv, name="export_csv"),
    path("teilnehmende/export.xlsx", views.export_xlsx, name="export_xlsx"),
    path("teilnehmende/<int:pk>/", views.participant_detail, name="participant"),
    path("teilnehmende/<int:pk>/anmelden/", views.enrol_person, name="enrol"),
    path(
        "teilnehmende/<int:pk>/abmelden/<int:enrolment_id>/",
        views.withdraw_person,
        name="withdraw",
    ),
]
