from django.urls import path


def broken_view(request):
    return 1 / 0


urlpatterns = [path("kaputt/", broken_view)]
