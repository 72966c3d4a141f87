{
  "targets": [
    {
      "target_name": "exchange",
      "sources": ["exchange.c"]
    }
  ]
}
