この特則は、${policy.effective}から施行する。
