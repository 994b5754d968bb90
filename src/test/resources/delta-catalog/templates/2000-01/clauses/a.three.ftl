旧版のa.three。
