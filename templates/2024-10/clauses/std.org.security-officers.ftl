${org.securityOfficers}を、情報セキュリティ責任者とする。
