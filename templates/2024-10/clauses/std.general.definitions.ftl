<#if policy.oneRule>この編において、次に掲げる用語の意義は、<@ref "basic.definitions"/>に定めるもののほか、それぞれ次に定めるところによる。<#else>${policy.self.standard}において使用する用語は、基本方針において使用する用語の例によるほか、次に掲げる用語の意義は、それぞれ次に定めるところによる。</#if>
