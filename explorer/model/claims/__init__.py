"""Facts across sources: claims (one city, metric, period and base unit), agreement and conflicts."""
