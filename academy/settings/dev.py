from .base import *

DEBUG = True
SECRET_KEY = os.environ.get("SECRET_KEY", "dev-only-key-not-for-production")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost")
INTERNAL_IPS = ["127.0.0.1"]
CERTIFICATE_ALLOW_DEMO_KEY = True
