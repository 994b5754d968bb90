旧版のa.two。
