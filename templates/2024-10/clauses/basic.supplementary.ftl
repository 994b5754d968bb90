この基本方針は、${policy.effective}から施行する。
