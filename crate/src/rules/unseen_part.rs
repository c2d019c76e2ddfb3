//! # What it flags
//! Parts of a document that are not on the page: comments, speaker notes, document properties
//! (title, subject, keywords, comments, custom properties), alt text of pictures, link targets,
//! HTML comments, PDF annotations. They are all checked by the text checker; this rule reports
//! comments and speaker notes as a notice, and any of these parts when it carries an instruction
//! to an AI reader (then as `hidden-instruction`).
//!
//! # Why it matters
//! Microsoft Office's Document Inspector lists these parts because a reader does not see them
//! but they travel with the file. Most are innocent; an instruction hidden there is not.
//!
//! # Example
//! `slide 3 notes: "Remember to thank the team"` (notice)
//!
//! # 中文
//! 标题: 不在页面上的文档部分
//! 标记什么: 不在页面上的文档部分：批注、演讲者备注、文档属性（标题、主题、关键词、备注、自定义属性）、图片的替代文字、链接地址、HTML 注释、PDF 注释。它们都经过文字检查；本规则把批注和演讲者备注作为提示列出，若其中含有对 AI 读者的指令则另行报告。
//! 为什么重要: Microsoft Office 的“文档检查器”会列出这些部分，因为读者看不到，但它们随文件一起传递。大多数无害；藏在那里的指令则不然。
