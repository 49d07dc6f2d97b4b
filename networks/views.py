from django.contrib.auth.decorators import login_required
from django.shortcuts import render
from django.views.decorators.cache import never_cache

from networks import selectors


@never_cache
@login_required
def my_networks(request):
    return render(request, "networks/my_networks.html", {"mine": selectors.my_networks(user=request.user)})
