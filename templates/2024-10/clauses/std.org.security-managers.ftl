${org.securityManagers}を、情報セキュリティ管理者とする。
