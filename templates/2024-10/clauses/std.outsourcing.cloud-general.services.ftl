${body.self}が機密性２以上の情報を取り扱わない業務に利用する外部サービスは、<#list cloud.nonConfidential as s>${s.name}（${s.purpose}）<#sep>、</#list>とする。ここに掲げる外部サービスでは、機密性２以上の情報を取り扱ってはならない。
