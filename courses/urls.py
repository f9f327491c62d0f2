from django.urls import path

from . import views

app_name = "courses"

urlpatterns = [
    path("lernstand/", views.dashboard, name="dashboard"),
    path("kurse/anmelden/<int:cohort_id>/", views.enrol_view, name="enrol"),
    path("lernstand/abmelden/<int:enrolment_id>/", views.withdraw_view, name="withdraw"),
    path(
        "lernstand/falldokumentation/<int:enrolment_id>/",
        views.submission_view,
        name="submission",
    ),
]
