旧版のa.one。
