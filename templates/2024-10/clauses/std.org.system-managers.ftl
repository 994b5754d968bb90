${org.systemManagers}を、所管する情報システムに関する情報システム管理者とする。
